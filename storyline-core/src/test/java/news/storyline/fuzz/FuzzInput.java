package news.storyline.fuzz;

/**
 * One generated input file.
 *
 * @param family     the generator that made it
 * @param seed       the run's seed
 * @param index      its position in the run; with the seed, it fixes the bytes
 * @param fileName   the name it is written under: its extension picks the reader (or none does, and sniffing does)
 * @param bytes      the content
 * @param mayBeEmpty whether the input is well formed yet holds no article (a feed without items, an empty JSON array):
 *                   such an input may yield neither an article nor a problem without anything having been lost
 */
record FuzzInput(String family, long seed, long index, String fileName, byte[] bytes, boolean mayBeEmpty) {
    String label() {
        return "family " + family + ", seed " + seed + ", index " + index + ", file " + fileName + " ("
                + bytes.length + " bytes)";
    }
}
