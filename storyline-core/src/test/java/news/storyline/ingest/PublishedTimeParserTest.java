package news.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date strings a public feed parser's tests use (RFC 822 and variants, W3C-DTF, asctime, MSSQL, Korean, Greek,
 * Hungarian), ECB+ datelines and the forms HTML metadata and JSON records carry, each with the instant it means or
 * none. "element" rows are read as the content of a feed's date element, "text" rows as a line of text.
 */
class PublishedTimeParserTest {
    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // RFC 822 as feeds write it
            "Thu, 01 Jan 2004 19:48:21 GMT|text|2004-01-01T19:48:21Z",
            "Thu, 01 Jan 04 19:48:21 GMT|text|2004-01-01T19:48:21Z",
            "Thu,  5 Apr 2012 10:00:00 GMT|text|2012-04-05T10:00:00Z",
            "Wed, 19 Aug 2009 18:28:00 Etc/GMT|text|2009-08-19T18:28:00Z",
            "Wed, 19 Feb 2012 22:40:00 GMT-01:01|text|2012-02-19T23:41:00Z",
            "Mon, 13 Feb, 2012 06:28:00 UTC|text|2012-02-13T06:28:00Z",
            "Thu, 01 Jan 2004 00:00 GMT|text|2004-01-01T00:00:00Z",
            "Thu, 01 Jan 2004|text|2004-01-01T00:00:00Z",
            "Fri,24 Nov 2023 08:00:00 +0000|text|2023-11-24T08:00:00Z",
            "Mon, 26 January 2004 16:31:00 AT|text|2004-01-26T20:31:00Z",
            "Mon, 26 January 2004 16:31:00 ET|text|2004-01-26T21:31:00Z",
            "Mon, 26 January 2004 16:31:00 CT|text|2004-01-26T22:31:00Z",
            "Mon, 26 January 2004 16:31:00 MT|text|2004-01-26T23:31:00Z",
            "Mon, 26 January 2004 16:31:00 PT|text|2004-01-27T00:31:00Z",
            "Mon, 26 Jan 2004 16:31:00 EST|text|2004-01-26T21:31:00Z",
            "Mon, 26 Jul 2004 16:31:00 EDT|text|2004-07-26T20:31:00Z",
            "Mon, 26 Jan 2004 16:31:00 CST|text|2004-01-26T22:31:00Z",
            "Mon, 26 Jul 2004 16:31:00 CDT|text|2004-07-26T21:31:00Z",
            "Mon, 26 Jan 2004 16:31:00 MST|text|2004-01-26T23:31:00Z",
            "Mon, 26 Jul 2004 16:31:00 MDT|text|2004-07-26T22:31:00Z",
            "Mon, 26 Jan 2004 16:31:00 PST|text|2004-01-27T00:31:00Z",
            "Mon, 26 Jul 2004 16:31:00 PDT|text|2004-07-26T23:31:00Z",
            "Mon, 26 Jan 2004 16:31:00 UT|text|2004-01-26T16:31:00Z",
            "Mon, 26 Jan 2004 16:31:00 Z|text|2004-01-26T16:31:00Z",
            "Mon, 26 Jan 2004 16:31:00 A|text|2004-01-26T17:31:00Z",
            "Mon, 26 Jan 2004 16:31:00 Y|text|2004-01-26T04:31:00Z",
            "Mon, 26 Jan 2004 16:31:00 MET|text|2004-01-26T15:31:00Z",
            "Mon, 26 Jul 2004 16:31:00 MEST|text|2004-07-26T14:31:00Z",
            "Thu Aug 30 2012 17:26:16 +0200|text|2012-08-30T15:26:16Z",
            // a weekday that contradicts the date is ignored, the date kept
            "Fri, 01 Jan 2004 19:48:21 GMT|text|2004-01-01T19:48:21Z",
            // asctime
            "Sun Jan  4 16:29:06 2004|text|2004-01-04T16:29:06Z",
            "Sun Jul 15 01:16:00 +0000 2012|text|2012-07-15T01:16:00Z",
            // Perforce, Korean (Korean time), Greek, Hungarian
            "Fri, 2006/09/15 08:19:53 EDT|text|2006-09-15T12:19:53Z",
            "2004년 05월 28일  01:31:15|text|2004-05-27T16:31:15Z",
            "2004-05-25 오후 11:23:17|text|2004-05-25T14:23:17Z",
            // Chinese and Japanese, written without spaces (no zone taken: both countries use the characters)
            "2014年06月10日 09:30|text|2014-06-10T09:30:00Z",
            "2014年6月10日|text|2014-06-10T00:00:00Z",
            "2014年6月10日09:30|text|2014-06-10T09:30:00Z",
            // Arabic: a weekday before the date, the hamza written or not; Arabic-Indic and full-width digits
            "الثلاثاء 10 يونيو 2014 09:30|text|2014-06-10T09:30:00Z",
            "الأربعاء، ١١ يونيو ٢٠١٤ - ١٤:٠٥|text|2014-06-11T14:05:00Z",
            "٢٠١٤-٠٦-١٠|text|2014-06-10T00:00:00Z",
            "２０１４年６月１０日|text|2014-06-10T00:00:00Z",
            "Κυρ, 11 Ιούλ 2004 12:00:00 EST|text|2004-07-11T17:00:00Z",
            "2004-július-13T9:15-05:00|text|2004-07-13T14:15:00Z",
            // W3C-DTF and ISO 8601
            "2003-12-31T10:14:55Z|text|2003-12-31T10:14:55Z",
            "2003-12-31T10:14:55-08:00|text|2003-12-31T18:14:55Z",
            "2003-12-31T18:14:55+08:00|text|2003-12-31T10:14:55Z",
            "2007-04-23T23:25:47.538+10:00|text|2007-04-23T13:25:47.538Z",
            "2003-12-31T10:14:55.1234Z|text|2003-12-31T10:14:55.1234Z",
            "2004-02-28T18:14:55-08:00|text|2004-02-29T02:14:55Z",
            "2003-02-28T18:14:55-08:00|text|2003-03-01T02:14:55Z",
            "2000-02-28T18:14:55-08:00|text|2000-02-29T02:14:55Z",
            "2003-012-31T10:14:55+00:00|text|2003-12-31T10:14:55Z",
            "2004-07-08T23:56Z|text|2004-07-08T23:56:00Z",
            "2014-06-10T08:15:00.000+0000|text|2014-06-10T08:15:00Z",
            "2003-12-31|text|2003-12-31T00:00:00Z",
            "2003-12|element|2003-12-01T00:00:00Z",
            "2003|element|2003-01-01T00:00:00Z",
            "031231|element|2003-12-31T00:00:00Z",
            "20031231|element|2003-12-31T00:00:00Z",
            "03-12-31|element|2003-12-31T00:00:00Z",
            // MSSQL style
            "2004-07-08 23:56:58 -00:20|text|2004-07-09T00:16:58Z",
            "2004-07-08 23:56:58|text|2004-07-08T23:56:58Z",
            "2004-07-08 23:56:58.0|text|2004-07-08T23:56:58Z",
            // datelines (ECB+ and pages)
            "Nov. 30, 2009|text|2009-11-30T00:00:00Z",
            "Sept. 4, 2013|text|2013-09-04T00:00:00Z",
            "Monday, Nov. 30, 2009|text|2009-11-30T00:00:00Z",
            "June 10, 2014 at 9:15 p.m. EDT|text|2014-06-11T01:15:00Z",
            "April 30, 2024 9:15 PM UTC|text|2024-04-30T21:15:00Z",
            "10th of June 2014|text|2014-06-10T00:00:00Z",
            // numeric dates with the year last: dots are day first; slashes and hyphens only when one reading can be
            "10.06.2014|text|2014-06-10T00:00:00Z",
            "10.06.2014 09:15|text|2014-06-10T09:15:00Z",
            "13/06/2014|text|2014-06-13T00:00:00Z",
            "06/13/2014|text|2014-06-13T00:00:00Z",
            "13-06-2014|text|2014-06-13T00:00:00Z",
            "06-06-2014|text|2014-06-06T00:00:00Z",
            "03-02-2009|text|none",
            "03/02/2009|text|none",
            "13/13/2014|text|none",
            "31.02.2014|text|none",
            "10.6.14|text|none",
            // a long month name with one letter wrong, missing or added; the short ones exact
            "Novemer 27, 2005|text|2005-11-27T00:00:00Z",
            "27 Septmber 2005|text|2005-09-27T00:00:00Z",
            "Janurary 3, 2005|text|2005-01-03T00:00:00Z",
            "Marco 3, 2005|text|none",
            "Novxmxer 3, 2005|text|none",
            // no date: impossible fields are refused, never rolled over
            "Sun, 99 Jun 2009 12:00:00 GMT|text|none",
            "Thu, 31 Apr 2009 12:00:00 GMT|text|none",
            "Thu, 29 Feb 2009 12:00:00 GMT|text|none",
            "Thu, 01 Jan 0100 00:00:01 +0100|text|none",
            "Sun, 16 Dec 2012 1:2:3:4 GMT|text|none",
            "Sun, 16 zzz 2012 11:47:32 GMT|text|none",
            "Sun, Dec x 2012 11:47:32 GMT|text|none",
            "Sun, 16 Dec zz 11:47:32 GMT|text|none",
            "Sun, 16 Dec 2012 11:47:32 +zz:00|text|none",
            "Sun, 16 Dec 2012 11:47:32 +00:zz|text|none",
            "9999-12-31T23:59:59-99:99|text|none",
            "2003-12-31T10:14:55+18:30|text|none",
            "Wed, 31 Dec 2003 10:14:55 GMT+18:30|text|none",
            "2003-12-31T10:14:55-18:00|text|2004-01-01T04:14:55Z",
            "2003-12-31T25:14:55Z|text|none",
            "2003-12-31T10:61:55Z|text|none",
            "2003-12-31T10:14:61Z|text|none",
            "2003-13-01|text|none",
            "22013|element|none",
            "013|element|none",
            "22013-12|element|none",
            "013-12|element|none",
            "2013-12-31T|element|none",
            "2013-12-31T1|element|none",
            "2003|text|none",
            "031231|text|none",
            "June 2014|text|none",
            // European pages' own forms: day dots, month names and the small words around them
            "am 14. August 2015 um 10:28 Uhr|text|2015-08-14T10:28:00Z",
            "Samstag, 15. August 2015|text|2015-08-15T00:00:00Z",
            "20 août 2015 à 10h28|text|2015-08-20T10:28:00Z",
            "lunes 14 de agosto de 2015|text|2015-08-14T00:00:00Z",
            "14 ottobre 2015 alle 10:28|text|2015-10-14T10:28:00Z",
            "3 sierpnia 2015 r. godz. 10:28|text|2015-08-03T10:28:00Z",
            "15 августа 2015 года|text|2015-08-15T00:00:00Z",
            "15 август 2015 13:28|text|2015-08-15T13:28:00Z",
            "14 Ağustos 2015 Cuma|text|2015-08-14T00:00:00Z",
            "2015. augusztus 20. 11:16|text|2015-08-20T11:16:00Z",
            "2015.08.15 10:28|text|2015-08-15T10:28:00Z",
            "2015.08.15.|text|2015-08-15T00:00:00Z",
            "3 de março de 2015|text|2015-03-03T00:00:00Z",
            "de 2015|text|none",
            "a 12 de la 2015|text|none",
            "14. Oktober|text|none",
            "Mosul fell on June 10, 2014|text|none",
            "Updated 5 minutes ago|text|none"})
    void readsTheInstantADateStringMeans(String text, String mode, String expected) {
        Optional<Instant> parsed = mode.equals("element") ? PublishedTimeParser.parseDateElement(text)
                : PublishedTimeParser.parse(text);

        assertThat(parsed).isEqualTo(Optional.ofNullable(expected).map(Instant::parse));
    }

    /** Date-like garbage of every shape: never an exception, since one bad string must not end a run. */
    @Test
    void neverThrowsOnDateLikeGarbage() {
        String[] parts = {"Mon", ",", " ", "  ", "31", "99", "0", "00", "2004", "0100", "999999999999", "Feb", "Sept.",
                "13", "25:61:61", "9:15", "p.m.", "PM", "EST", "Z", "x", "+18:59", "-99:99", "GMT+01:01", "T", "-",
                "2003-02-29", "2003-012-31", ".1234567890123", "년", "05월", "오후", "Ιούλ", "július", "/", "2004-07",
                "1st", "at", "of", "\u00a0", "\t", "14.", "2015.", "2015.08.15", "10h28", "99h99", "août", "de", "года",
                "am", "um", "Uhr", "r.", "março", "a", "2014年6月10日", "年", "99年99月99日"};
        var random = new Random(20261124);
        for (int i = 0; i < 20_000; i++) {
            var text = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int j = 0; j < length; j++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String candidate = text.toString();
            assertThatCode(() -> {
                PublishedTimeParser.parse(candidate);
                PublishedTimeParser.parseDateElement(candidate);
            }).as(candidate).doesNotThrowAnyException();
        }
    }
}
