package news.storyline.mention;

/**
 * A place of the gazetteer (GeoNames).
 *
 * @param id         a GeoNames id for a city, "CC.code" for a first-order region, the ISO 3166 code for a country
 * @param kind       what sort of place
 * @param name       its GeoNames name
 * @param country    ISO 3166-1 alpha-2 code of its country
 * @param regionId   id of its first-order region ("IQ.15"), null for a country or where GeoNames gives none
 * @param latitude   degrees north
 * @param longitude  degrees east
 * @param population people living there (for a region or country: in its listed cities)
 */
public record Place(String id, Kind kind, String name, String country, String regionId, double latitude,
                    double longitude, long population) {

    /** Countries, their first-order divisions (province, state, governorate) and populated places. */
    public enum Kind {
        COUNTRY, REGION, CITY
    }

    /**
     * Whether this is a city of fewer than {@code population} people: a town whose name the news more often means as a
     * word, a firm or a surname than as the town.
     */
    public boolean isCitySmallerThan(long population) {
        return kind == Kind.CITY && this.population < population;
    }

    /** Whether this place lies within {@code other} (a city in its region or country, a region in its country). */
    public boolean within(Place other) {
        return switch (other.kind) {
            case COUNTRY -> kind != Kind.COUNTRY && country.equals(other.country);
            case REGION -> kind == Kind.CITY && other.id.equals(regionId);
            case CITY -> false;
        };
    }
}
