package news.storyline.facts.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.storyline.facts.Agreement;
import news.storyline.facts.ArticleFacts;
import news.storyline.facts.EntitySpellings;
import news.storyline.facts.Fact;
import news.storyline.facts.FactComparison;
import news.storyline.facts.FactType;
import news.storyline.facts.ReferenceDay;
import news.storyline.facts.ReportArticle;
import news.storyline.facts.StoryReport;
import news.storyline.facts.SummarySentence;
import news.storyline.facts.TimelineEvent;
import news.storyline.mention.MentionType;

/** Story reports built by hand: the fall of Mosul told by two outlets, a hostile one, an empty one. */
public final class StoryReportFixtures {
    public static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(1)>\"><svg onload=alert(1)>]]>-->";

    private StoryReportFixtures() {
    }

    static final String S_DIST_0 = "Mosul, Iraq's second-largest city, lies 350 km north of Baghdad.";
    static final String S_DIST_1 = "Militants seized Mosul, 360km northwest of Baghdad, on Tuesday.";
    static final String S_RANK_1 = "The fall of Iraq's second-largest city is a blow to the government.";
    static final String S_FLED_1 = "Some 500,000 people have fled Mosul and the surrounding Ninevah province.";
    static final String S_FAM_0 = "More than 4,800 families were forced from their homes in Nineveh, an official said.";
    static final String S_SEIZED_0 = "Isil fighters took control of the city on Tuesday, 10 June.";
    static final String S_BEGAN_1 = "The assault on the city began on Friday, 6 June.";

    static Fact fact(String articleId, FactType type, String text, String sentence, int sentenceStart,
                     String subject, String measure, Double value, Double upper, String unit, String qualifier,
                     String direction, LocalDate from, LocalDate to, String speaker) {
        int at = sentence.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(text + " not in " + sentence);
        }
        return new Fact(articleId, type, text, sentenceStart + at, sentenceStart + at + text.length(), sentence,
                sentenceStart, subject, measure, value, upper, unit, qualifier, direction, from, to, speaker);
    }

    public static StoryReport mosul() {
        LocalDate june10 = LocalDate.of(2014, 6, 10);
        ReferenceDay ref0 = new ReferenceDay(june10, ReferenceDay.How.PUBLISHED, "published 10 June 2014 09:30 UTC");
        ReferenceDay ref1 = new ReferenceDay(june10, ReferenceDay.How.PUBLISHED, "published 10 June 2014 14:05 UTC");
        ReportArticle a0 = new ReportArticle("000", "Reuters", "Militants seize Iraq's second city of Mosul",
                "https://example.com/reuters/mosul", Instant.parse("2014-06-10T09:30:00Z"), ref0, null);
        ReportArticle a1 = new ReportArticle("001", "BBC News", "Isis militants seize Iraqi city of Mosul",
                "https://example.com/bbc/mosul", Instant.parse("2014-06-10T14:05:00Z"), ref1, null);

        Fact dist0 = fact("000", FactType.DISTANCE, "350 km north of Baghdad", S_DIST_0, 0, "Mosul",
                "distance from Baghdad", 350.0, 350.0, "km", null, "north", null, null, null);
        Fact dist1 = fact("001", FactType.DISTANCE, "360km northwest of Baghdad", S_DIST_1, 0, "Mosul",
                "distance from Baghdad", 360.0, 360.0, "km", null, "northwest", null, null, null);
        Fact rank0 = fact("000", FactType.ATTRIBUTE, "Iraq's second-largest city", S_DIST_0, 0, "Mosul",
                "second-largest city of Iraq", null, null, null, null, null, null, null, null);
        Fact rank1 = fact("001", FactType.ATTRIBUTE, "Iraq's second-largest city", S_RANK_1, 70, "Mosul",
                "second-largest city of Iraq", null, null, null, null, null, null, null, null);
        Fact seized0 = fact("000", FactType.DATE, "on Tuesday, 10 June", S_SEIZED_0, 160, "took control",
                null, null, null, null, null, null, june10, june10, null);
        Fact seized1 = fact("001", FactType.DATE, "on Tuesday", S_DIST_1, 0, "seized", null, null, null, null,
                null, null, june10, june10, null);
        Fact fled1 = fact("001", FactType.QUANTITY, "Some 500,000 people", S_FLED_1, 140, "people", "fled",
                500_000.0, 500_000.0, "people", "about", null, null, null, null);
        Fact fam0 = fact("000", FactType.QUANTITY, "More than 4,800 families", S_FAM_0, 70, "families",
                "displaced", 4800.0, Double.POSITIVE_INFINITY, "families", "more than", null, null, null,
                "an official");
        Fact began1 = fact("001", FactType.DATE, "on Friday, 6 June", S_BEGAN_1, 220, "assault began", null, null,
                null, null, null, null, LocalDate.of(2014, 6, 6), LocalDate.of(2014, 6, 6), null);

        List<FactComparison> comparisons = List.of(
                new FactComparison("distance|mosul|distance from baghdad", "distance of Mosul from Baghdad",
                        FactType.DISTANCE, Agreement.CONTRADICTED, List.of(dist0, dist1), List.of("000", "001"),
                        "350 km north (000) vs 360 km northwest (001)"),
                new FactComparison("attribute|mosul|second-largest city of iraq", "rank of Mosul",
                        FactType.ATTRIBUTE, Agreement.AGREED, List.of(rank0, rank1), List.of("000", "001"),
                        "both: Iraq's second-largest city"),
                new FactComparison("date|seized", "day Mosul was seized", FactType.DATE, Agreement.AGREED,
                        List.of(seized0, seized1), List.of("000", "001"), "both: 10 June 2014"),
                new FactComparison("quantity|people|fled", "people who fled Mosul", FactType.QUANTITY,
                        Agreement.SINGLE_SOURCE, List.of(fled1), List.of("001"), null),
                new FactComparison("quantity|families|displaced", "families forced from their homes",
                        FactType.QUANTITY, Agreement.SINGLE_SOURCE, List.of(fam0), List.of("000"), null),
                new FactComparison("date|assault began", "day the assault began", FactType.DATE,
                        Agreement.SINGLE_SOURCE, List.of(began1), List.of("001"), null));

        List<TimelineEvent> timeline = List.of(
                new TimelineEvent(LocalDate.of(2014, 6, 6), LocalDate.of(2014, 6, 6), S_BEGAN_1, List.of(began1),
                        List.of("001"), List.of("BBC News")),
                new TimelineEvent(LocalDate.of(2014, 6, 6), LocalDate.of(2014, 6, 9),
                        "Fighting in and around Mosul drove families from their homes.", List.of(),
                        List.of("000", "001"), List.of("Reuters", "BBC News")),
                new TimelineEvent(june10, june10, S_SEIZED_0, List.of(seized0, seized1), List.of("000", "001"),
                        List.of("Reuters", "BBC News")));

        Map<String, List<String>> nineveh = new LinkedHashMap<>();
        nineveh.put("000", List.of("Nineveh"));
        nineveh.put("001", List.of("Ninevah"));
        Map<String, List<String>> isil = new LinkedHashMap<>();
        isil.put("000", List.of("Isil"));
        isil.put("001", List.of("ISIL"));
        Map<String, List<String>> mosul = new LinkedHashMap<>();
        mosul.put("000", List.of("Mosul"));
        mosul.put("001", List.of("Mosul"));
        List<EntitySpellings> entities = List.of(
                new EntitySpellings("Mosul", MentionType.PLACE, "Mosul, Iraq", mosul),
                new EntitySpellings("Nineveh", MentionType.PLACE, "Nineveh, Iraq", nineveh),
                new EntitySpellings("Islamic State of Iraq and the Levant", MentionType.ORGANISATION, null, isil));

        List<SummarySentence> summary = List.of(
                new SummarySentence(S_DIST_1, "001", 0, S_DIST_1.length(), List.of("001", "000"),
                        List.of("BBC News", "Reuters")),
                new SummarySentence(S_FAM_0, "000", 70, 70 + S_FAM_0.length(), List.of("000"), List.of("Reuters")));

        List<ArticleFacts> facts = List.of(
                new ArticleFacts("000", ref0, List.of(dist0, rank0, fam0, seized0), List.of()),
                new ArticleFacts("001", ref1, List.of(dist1, seized1, rank1, fled1, began1), List.of()));

        return new StoryReport("17", "Militants seize Mosul, Iraq's second city", List.of(a0, a1), summary,
                timeline, comparisons, entities, facts, List.of());
    }

    /** A report whose every text field carries markup and script. */
    public static StoryReport hostile() {
        String sentence = "Officials said " + XSS + " 12 km east of the city.";
        ReferenceDay ref = new ReferenceDay(LocalDate.of(2020, 1, 2), ReferenceDay.How.TEXT, XSS);
        ReportArticle a0 = new ReportArticle("x0", XSS, XSS, "javascript:alert(1)", Instant.parse(
                "2020-01-02T08:00:00Z"), ref, null);
        ReportArticle a1 = new ReportArticle("x1", "Plain Outlet", "Plain <b>title</b>", "https://example.com/\"x",
                null, ReferenceDay.NONE, "x0");
        Fact f0 = fact("x0", FactType.DISTANCE, "12 km east", sentence, 5, XSS, XSS, 12.0, 12.0, "km", null,
                "east", null, null, XSS);
        Fact f1 = fact("x0", FactType.QUOTE, XSS, sentence, 5, null, null, null, null, null, null, null, null, null,
                XSS);
        Fact d0 = fact("x0", FactType.DATE, "Officials", sentence, 5, null, null, null, null, null, null, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null);
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("x0", List.of(XSS, "Evil"));
        forms.put("x1", List.of("Evil"));
        return new StoryReport(XSS, XSS, List.of(a0, a1),
                List.of(new SummarySentence(sentence, "x0", 5, 5 + sentence.length(), List.of("x0"), List.of(XSS))),
                List.of(new TimelineEvent(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), XSS, List.of(d0),
                        List.of("x0"), List.of(XSS))),
                List.of(new FactComparison(XSS, XSS, FactType.DISTANCE, Agreement.CONTRADICTED, List.of(f0, f0),
                                List.of("x0", "x1"), XSS),
                        new FactComparison(XSS, XSS, FactType.QUOTE, Agreement.SINGLE_SOURCE, List.of(f1),
                                List.of("x0"), XSS)),
                List.of(new EntitySpellings(XSS, MentionType.PERSON, XSS, forms)),
                List.of(new ArticleFacts("x0", ref, List.of(d0, f0, f1), List.of(XSS))),
                List.of(XSS));
    }

    public static StoryReport empty() {
        return new StoryReport(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** One article, undated, with facts but nothing dated. */
    public static StoryReport undated() {
        ReportArticle a = new ReportArticle("u1", null, null, null, null, ReferenceDay.NONE, null);
        return new StoryReport(null, "", List.of(a), List.of(), List.of(), List.of(), List.of(),
                List.of(new ArticleFacts("u1", ReferenceDay.NONE, List.of(), List.of("dates: no reference day"))),
                List.of());
    }

    /** A report whose timeline has {@code n} events, all on one day. */
    public static StoryReport sameDay(int n) {
        LocalDate day = LocalDate.of(2014, 6, 10);
        ReportArticle a = new ReportArticle("s1", "Wire", "Same day", null, Instant.parse("2014-06-10T12:00:00Z"),
                new ReferenceDay(day, ReferenceDay.How.PUBLISHED, null), null);
        List<TimelineEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new TimelineEvent(day, day, "Something rather long happened in the city, number " + i,
                    List.of(), List.of("s1"), List.of("Wire")));
        }
        return new StoryReport("s", "Same day", List.of(a), List.of(), events, List.of(), List.of(), List.of(),
                List.of());
    }
}
