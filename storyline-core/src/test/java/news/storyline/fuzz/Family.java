package news.storyline.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The generator families. Each makes one input from a random source seeded by (seed, index), so every input can be
 * made again; most start from a real-shaped template and damage it, the bombs build an extreme input around one.
 */
enum Family {
    /** The templates as they are: the baseline every reader must read. */
    VALID(30) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape shape = shape(random);
            return input(seed, index, shape.fileName(index, random), templates.render(shape, random).getBytes(UTF_8));
        }
    },
    BYTE_FLIP(30) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape shape = shape(random);
            byte[] bytes = templates.render(shape, random).getBytes(UTF_8);
            return input(seed, index, shape.fileName(index, random), ByteMutations.flipBytes(bytes, random));
        }
    },
    TRUNCATE(30) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape shape = shape(random);
            byte[] bytes = templates.render(shape, random).getBytes(UTF_8);
            return input(seed, index, shape.fileName(index, random), ByteMutations.truncate(bytes, random));
        }
    },
    INSERT_BYTES(20) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape shape = shape(random);
            byte[] bytes = templates.render(shape, random).getBytes(UTF_8);
            return input(seed, index, shape.fileName(index, random), ByteMutations.insertRandomBytes(bytes, random));
        }
    },
    DUPLICATE_CHUNK(20) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape shape = shape(random);
            byte[] bytes = templates.render(shape, random).getBytes(UTF_8);
            return input(seed, index, shape.fileName(index, random), ByteMutations.duplicateChunk(bytes, random));
        }
    },
    /** Several damages on one input, in sequence. */
    STACKED(20) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape shape = shape(random);
            String text = templates.render(shape, random);
            if (random.nextBoolean()) {
                text = Encodings.lineEndings(text, random);
            }
            byte[] bytes = random.nextBoolean() ? Encodings.encode(text, random) : text.getBytes(UTF_8);
            int damages = 1 + random.nextInt(3);
            for (int i = 0; i < damages; i++) {
                bytes = switch (random.nextInt(4)) {
                    case 0 -> ByteMutations.flipBytes(bytes, random);
                    case 1 -> ByteMutations.truncate(bytes, random);
                    case 2 -> ByteMutations.insertRandomBytes(bytes, random);
                    default -> ByteMutations.duplicateChunk(bytes, random);
                };
            }
            return input(seed, index, shape.fileName(index, random), bytes);
        }
    },
    /** UTF-16 and UTF-32 with and without byte-order marks, Windows-1252, mixed and invalid UTF-8. */
    ENCODING(30) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape shape = shape(random);
            byte[] bytes = Encodings.encode(templates.render(shape, random), random);
            return input(seed, index, shape.fileName(index, random), bytes);
        }
    },
    /** CR only, CRLF, mixed (with U+2028 and NEL), and none at all. */
    LINE_ENDINGS(20) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape shape = shape(random);
            String text = Encodings.lineEndings(templates.render(shape, random), random);
            return input(seed, index, shape.fileName(index, random), text.getBytes(UTF_8));
        }
    },
    /** One line of 10 KB to 1 MB: minified pages, a body without breaks, a JSON Lines record holding a book. */
    HUGE_LINE(4) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Story story = templates.story(random);
            int size = (int) Math.round(Math.pow(10, 4 + random.nextDouble() * 2));
            String sentence = String.join(" ", story.paragraphs()) + " ";
            String line = sentence.repeat(size / Math.max(1, sentence.length()) + 1).substring(0, size);
            Shape shape = List.of(Shape.TEXT, Shape.JSONL, Shape.HTML, Shape.RSS2).get(random.nextInt(4));
            Story huge = new Story(story.id(), story.title(), story.date(), story.url(), story.source(), List.of(line));
            String text = switch (shape) {
                case TEXT -> line;
                case JSONL -> Templates.jsonl(List.of(huge));
                case HTML -> Templates.html(huge).replace("\n", "");
                default -> Templates.rss2(List.of(huge));
            };
            return input(seed, index, shape.fileName(index, random), text.getBytes(UTF_8));
        }
    },
    /** Nothing, or nothing but white space, a byte-order mark or an empty container. */
    EMPTY(10) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            List<String> blanks = List.of("", " ", "\n\n\n", "\t \r\n \r", "\uFEFF", "\uFEFF \n", "\u00A0\u2003\n",
                    "\u200B\u200B", "<html></html>", "<html><body>  </body></html>", "{}", "\n{}\n", "[ ]", "[{}]",
                    "{\"text\": \"   \"}");
            String fileName = Shape.anyFileName(index, random);
            if (random.nextInt(4) == 0) {
                // A well-formed feed without items or a JSON array without records: valid, and holding nothing.
                boolean feed = random.nextBoolean();
                String text = feed ? Templates.rss2Channel("Quiet Wire", "") : "[]";
                return new FuzzInput(name(), seed, index, "in-" + index + (feed ? ".rss" : ".json"),
                        text.getBytes(UTF_8), true);
            }
            String text = blanks.get(random.nextInt(blanks.size()));
            byte[] bytes = random.nextInt(4) == 0 ? Encodings.encode(text, random) : text.getBytes(UTF_8);
            return input(seed, index, fileName, bytes);
        }
    },
    /** NUL bytes (also past the first 8 KB a guard may look at), binary signatures, random binary files. */
    NUL_AND_BINARY(20) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape shape = shape(random);
            byte[] bytes = templates.render(shape, random).getBytes(UTF_8);
            String[] signatures = {"%PDF-1.7\n", "\u0089PNG\r\n\u001A\n", "GIF89a", "\u00FF\u00D8\u00FF\u00E0",
                    "PK\u0003\u0004", "\u001F\u008B\b", "\u007FELF", "RIFF", "\u00CA\u00FE\u00BA\u00BE", "BZh9"};
            bytes = switch (random.nextInt(4)) {
                case 0 -> ByteMutations.insert(bytes, random.nextInt(bytes.length + 1), new byte[1 + random.nextInt(4)]);
                case 1 -> ByteMutations.concat(bytes, " ".repeat(9_000).getBytes(UTF_8), new byte[] {0, 0, 'x'});
                case 2 -> ByteMutations.concat(
                        signatures[random.nextInt(signatures.length)].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        bytes);
                default -> {
                    byte[] binary = new byte[1 + random.nextInt(20_000)];
                    random.nextBytes(binary);
                    yield binary;
                }
            };
            return input(seed, index, shape.fileName(index, random), bytes);
        }
    },
    /** One format's content under another format's extension. */
    WRONG_EXTENSION(20) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Shape content = shape(random);
            return input(seed, index, Shape.anyFileName(index, random), templates.render(content, random).getBytes(UTF_8));
        }
    },
    /** A page whose article holds divs, spans, lists or articles nested 10 to 100,000 deep. */
    HTML_NESTING(10) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Story story = templates.story(random);
            String[] nest = Bombs.markupNest(random);
            String body = Bombs.nest(nest[0], nest[1], Bombs.depth(random), Templates.paragraphsHtml(story),
                    random.nextInt(5) != 0);
            return input(seed, index, Shape.HTML.fileName(index, random), Templates.html(story, body).getBytes(UTF_8));
        }
    },
    /** A feed item whose description or content holds markup nested 10 to 100,000 deep. */
    FEED_MARKUP_NESTING(10) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Story story = templates.story(random);
            String[] nest = Bombs.markupNest(random);
            String markup = Bombs.nest(nest[0], nest[1], Bombs.depth(random), Templates.paragraphsHtml(story),
                    random.nextInt(5) != 0);
            String description = random.nextBoolean() ? Templates.escape(markup) : "<![CDATA[" + markup + "]]>";
            String feed = Templates.rss2Channel(story.source(), Templates.rss2Item(story, Templates.escape(story.title()),
                    description));
            return input(seed, index, Shape.RSS2.fileName(index, random), feed.getBytes(UTF_8));
        }
    },
    /** A feed title holding escaped HTML nested 10 to 100,000 deep, as a broken CMS double-escapes it. */
    FEED_TITLE_NESTING(10) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Story story = templates.story(random);
            String[] nest = Bombs.markupNest(random);
            String title = Templates.escape(Bombs.nest(nest[0], nest[1], Bombs.depth(random),
                    Templates.escape(story.title()), random.nextInt(5) != 0));
            String description = Templates.escape(Templates.paragraphsHtml(story));
            String feed = random.nextBoolean()
                    ? Templates.rss2Channel(story.source(), Templates.rss2Item(story, title, description))
                    : Templates.rss2Channel(title, Templates.rss2Item(story, Templates.escape(story.title()), description));
            return input(seed, index, Shape.RSS2.fileName(index, random), feed.getBytes(UTF_8));
        }
    },
    /** JSON nested 10 to 100,000 deep: as the document, as a record, or in one field of a good record. */
    JSON_NESTING(10) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Story story = templates.story(random);
            String nest = Bombs.jsonNest(Bombs.depth(random), random);
            String record = Templates.record(story).toString();
            String inField = record.substring(0, record.length() - 1) + ",\"extra\":" + nest + "}";
            boolean lines = random.nextBoolean();
            String text = switch (random.nextInt(3)) {
                case 0 -> nest;
                case 1 -> lines ? record + "\n" + inField + "\n" + record + "\n" : "[" + record + "," + inField + "]";
                default -> lines ? inField + "\n" : "[" + nest + "," + record + "]";
            };
            return input(seed, index, (lines ? Shape.JSONL : Shape.JSON).fileName(index, random), text.getBytes(UTF_8));
        }
    },
    /** Up to 100,000 character references in a page, a feed or a JSON record's escapes. */
    ENTITY_FLOOD(8) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Story story = templates.story(random);
            int count = (int) Math.round(Math.pow(10, 1 + random.nextDouble() * 4));
            String flood = Bombs.entityFlood(random, count);
            var paragraphs = new java.util.ArrayList<>(story.paragraphs());
            paragraphs.add(random.nextInt(paragraphs.size() + 1), "PLACEHOLDER");
            Story marked = new Story(story.id(), story.title(), story.date(), story.url(), story.source(), paragraphs);
            String text = switch (random.nextInt(4)) {
                case 0 -> Templates.html(marked).replace("PLACEHOLDER", flood);
                // In a feed the references are escaped once more, as HTML inside XML is.
                case 1 -> Templates.rss2(List.of(marked)).replace("PLACEHOLDER", Templates.escape(flood));
                case 2 -> Templates.rss2(List.of(marked)).replace("PLACEHOLDER", flood.replace("&bogus;", "&amp;"))
                        .replaceAll("&(?![a-z]+;|#)", "&amp;");
                default -> Templates.jsonl(List.of(marked)).replace("PLACEHOLDER",
                        "\\u00e9\\u0000\\u2028\\\\u0041".repeat(Math.max(1, count / 4)));
            };
            Shape shape = text.startsWith("{") ? Shape.JSONL : text.startsWith("<!DOCTYPE") ? Shape.HTML : Shape.RSS2;
            return input(seed, index, shape.fileName(index, random), text.getBytes(UTF_8));
        }
    },
    /** "&#xD800;" in a page or a feed item's markup, "\udc00" in a JSON string: half a character, alone. */
    LONE_SURROGATE(10) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Story story = templates.story(random);
            String paragraph = story.paragraphs().getFirst();
            int at = Math.max(0, paragraph.indexOf(' '));
            // The reference inside the first paragraph's own text, where it reaches the article body.
            String marked = "<p>" + Templates.escape(paragraph.substring(0, at)) + Bombs.loneSurrogateReference(random)
                    + Templates.escape(paragraph.substring(at)) + "</p>\n";
            String text = switch (random.nextInt(3)) {
                case 0 -> Templates.html(story, marked + Templates.paragraphsHtml(story).substring(
                        Templates.paragraphsHtml(story).indexOf('\n') + 1));
                case 1 -> Templates.rss2(List.of(story)).replaceFirst("&lt;p&gt;",
                        "&lt;p&gt;" + Templates.escape(Bombs.loneSurrogateReference(random)));
                default -> {
                    String field = List.of("text", "title", "id", "source").get(random.nextInt(4));
                    String record = Templates.record(story).toString();
                    int quote = record.indexOf("\"" + field + "\":\"") + field.length() + 4;
                    yield record.substring(0, quote) + Bombs.loneSurrogateJsonEscape(random) + record.substring(quote)
                            + "\n";
                }
            };
            Shape shape = text.startsWith("{") ? Shape.JSONL : text.startsWith("<!DOCTYPE") ? Shape.HTML : Shape.RSS2;
            return input(seed, index, shape.fileName(index, random), text.getBytes(UTF_8));
        }
    },
    /**
     * 500 to 20,000 short paragraphs alike but for a number and a few words: minutes, live blogs, results tables.
     * Repeat finding that compares each with every earlier one takes seconds at 5,000 and stalls past that.
     */
    MANY_PARAGRAPHS(3) {
        @Override
        FuzzInput make(Templates templates, RandomGenerator random, long seed, long index) {
            Story story = templates.story(random);
            int count = List.of(500, 2_000, 5_000, 10_000, 20_000).get(random.nextInt(5));
            var paragraphs = new java.util.ArrayList<>(story.paragraphs());
            paragraphs.addAll(Bombs.similarParagraphs(count, random));
            Story many = new Story(story.id(), story.title(), story.date(), story.url(), story.source(), paragraphs);
            Shape shape = List.of(Shape.TEXT, Shape.JSONL, Shape.HTML, Shape.RSS2).get(random.nextInt(4));
            String text = switch (shape) {
                case TEXT -> Templates.text(many);
                case JSONL -> Templates.jsonl(List.of(many));
                case HTML -> Templates.html(many);
                default -> Templates.rss2(List.of(many));
            };
            return input(seed, index, shape.fileName(index, random), text.getBytes(UTF_8));
        }
    };

    /**
     * How often the family is drawn, relative to the others: the bombs and the big inputs take tens to hundreds of
     * times as long as a damaged template, so they are drawn less often to keep the build's run short.
     */
    final int weight;

    Family(int weight) {
        this.weight = weight;
    }

    abstract FuzzInput make(Templates templates, RandomGenerator random, long seed, long index);

    FuzzInput input(long seed, long index, String fileName, byte[] bytes) {
        return new FuzzInput(name(), seed, index, fileName, bytes, false);
    }

    static Shape shape(RandomGenerator random) {
        return Shape.values()[random.nextInt(Shape.values().length)];
    }
}
