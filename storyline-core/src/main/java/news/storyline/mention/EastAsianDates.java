package news.storyline.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates Chinese, Japanese and Korean news write: a year, month and day with their counters ("2014年6月10日",
 * "2014년 6월 10일"), a month and day ("6月10日", "6月10号"), a weekday ("星期二", "周二", "火曜日", "화요일") and the words
 * for yesterday, the day before and today ("昨天", "昨日", "前天", "今天", "어제", "오늘"), resolved as {@link DateFinder}
 * resolves English ones: a weekday or a month and day to the latest such day on or before publication. Full-width
 * digits ("６月１０日") come here as ASCII ones: {@link DateFinder} reads every script's digits so before asking.
 * Written with counters, these cannot be read as anything else, so no English reading is in their way.
 */
final class EastAsianDates {
    private static final Pattern DATE = Pattern.compile(
            "(?:((?:19|20)\\d{2})\\s*[年년]\\s*)?(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日号號일]");
    /** Weekdays, Monday first: Chinese after 星期, 周, 礼拜 or 禮拜; Japanese before 曜日; Korean before 요일. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])|([月火水木金土日])曜日|([월화수목금토일])요일");
    private static final String CHINESE_DAYS = "一二三四五六日";
    private static final String JAPANESE_DAYS = "月火水木金土日";
    private static final String KOREAN_DAYS = "월화수목금토일";
    /** Days before publication. */
    private static final Map<String, Integer> RELATIVE_DAYS = Map.of(
            "前天", -2, "昨天", -1, "昨日", -1, "今天", 0, "今日", 0, "一昨日", -2, "그저께", -2, "어제", -1, "오늘", 0);
    private static final Pattern RELATIVE = Pattern.compile("一昨日|前天|昨天|昨日|今天|今日|그저께|어제|오늘");

    private EastAsianDates() {
    }

    /**
     * The dates in {@code text}, its digits ASCII ones ({@link news.storyline.text.Digits}); relative ones (and a month
     * and day with no year) unresolved where {@code day} is null.
     */
    static List<DateMention> find(String text, LocalDate day) {
        if (!mayHoldOne(text)) {
            return List.of();
        }
        List<DateMention> dates = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int dayOfMonth = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > java.time.Month.of(month).maxLength()) {
                continue; // "13月", "6月31日": a number and a counter, no day of the calendar
            }
            Integer year = m.group(1) == null ? null : Integer.valueOf(m.group(1));
            add(dates, m, DateFinder.dayOfMonth(dayOfMonth, month, year, day));
        }
        Matcher w = WEEKDAY.matcher(text);
        while (w.find()) {
            int index = w.group(1) != null ? CHINESE_DAYS.indexOf(w.group(1).equals("天") ? "日" : w.group(1))
                    : w.group(2) != null ? JAPANESE_DAYS.indexOf(w.group(2)) : KOREAN_DAYS.indexOf(w.group(3));
            add(dates, w, day == null ? null
                    : DateFinder.one(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(index + 1)))));
        }
        Matcher r = RELATIVE.matcher(text);
        while (r.find()) {
            add(dates, r, day == null ? null : DateFinder.one(day.plusDays(RELATIVE_DAYS.get(r.group()))));
        }
        dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return dates;
    }

    /** Whether the text holds a Chinese, Japanese or Korean character at all: most texts are let go at once. */
    private static boolean mayHoldOne(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3040' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af') {
                return true;
            }
        }
        return false;
    }

    private static void add(List<DateMention> dates, Matcher m, LocalDate[] range) {
        OtherLanguageDates.add(dates, m.group(), m.start(), m.end(), range);
    }
}
