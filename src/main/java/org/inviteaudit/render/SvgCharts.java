package org.inviteaudit.render;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.inviteaudit.io.Counts;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.report.AcceptanceTally;
import org.inviteaudit.report.Tally;

/**
 * The HTML report's charts as inline SVG, drawn when the report is written so that they show without the page's
 * script and in print: the personal share month by month, and acceptance by verdict with its 95 % interval.
 */
final class SvgCharts {

    private static final int WIDTH = 540;
    private static final int MONTHS_HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 10;
    private static final int BOTTOM = 28;
    // A month whose share is 0 still shows as a sliver, so that every month with invitations has a visible mark.
    private static final double LEAST_BAR = 1.5;
    private static final int EVERY_MONTH_LABELLED_UP_TO = 6;

    private static final int ROW_HEIGHT = 34;
    private static final int RATE_LABEL_WIDTH = 100;
    private static final int RATE_TEXT_WIDTH = 130;

    private SvgCharts() {
    }

    /**
     * A bar per month with invitations, as high as its share of personal notes, over every month from the first to
     * the last so that a gap shows as one; each bar says its figures when pointed at.
     */
    static String personalShareByMonth(SortedMap<YearMonth, Tally> months, String name, String title) {
        YearMonth first = months.firstKey();
        int slots = (int) ChronoUnit.MONTHS.between(first, months.lastKey()) + 1;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = MONTHS_HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / slots;
        StringBuilder svg = start(name, MONTHS_HEIGHT, title);
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = TOP + plotHeight * (1 - percent / 100.0);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(number(y)).append("\" y2=\"").append(number(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(number(y + 4))
                    .append("\" text-anchor=\"end\">").append(percent).append("%</text>\n");
        }
        for (int i = 0; i < slots; i++) {
            YearMonth month = first.plusMonths(i);
            double x = LEFT + i * slot;
            if (slots <= EVERY_MONTH_LABELLED_UP_TO || i == 0 || month.getMonthValue() == 1) {
                String label = slots <= EVERY_MONTH_LABELLED_UP_TO ? month.toString()
                        : String.valueOf(month.getYear());
                svg.append("<text class=\"axis\" x=\"").append(number(x + slot / 2)).append("\" y=\"")
                        .append(MONTHS_HEIGHT - 8).append("\" text-anchor=\"middle\">").append(label)
                        .append("</text>\n");
            }
            Tally tally = months.get(month);
            if (tally == null || tally.total() == 0) {
                continue;
            }
            long personal = tally.count(Verdict.PERSONALIZED);
            double share = (double) personal / tally.total();
            double height = Math.max(LEAST_BAR, share * plotHeight);
            svg.append("<rect class=\"mark\" data-month=\"").append(month).append("\" x=\"")
                    .append(number(x + slot * 0.15)).append("\" y=\"").append(number(TOP + plotHeight - height))
                    .append("\" width=\"").append(number(slot * 0.7)).append("\" height=\"").append(number(height))
                    .append("\"><title>").append(month).append(": ").append(Counts.of(personal)).append(" of ")
                    .append(Counts.of(tally.total())).append(" personal (").append(ReportWords.percent(share))
                    .append("%)</title></rect>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * A row per verdict that has sent invitations told: a bar as long as the share accepted, a whisker across its
     * 95 % interval, and the figures; a verdict with too few to compare is drawn faint.
     */
    static String acceptance(AcceptanceTally acceptance) {
        List<Verdict> rows = ReportWords.BEST_FIRST.stream()
                .filter(verdict -> acceptance.of(verdict).told() > 0).toList();
        int height = ROW_HEIGHT * rows.size() + BOTTOM;
        double scale = WIDTH - RATE_LABEL_WIDTH - RATE_TEXT_WIDTH;
        StringBuilder svg = start("acceptance", height,
                "Share of sent invitations accepted, by verdict, with 95% intervals");
        for (int percent = 0; percent <= 100; percent += 50) {
            double x = RATE_LABEL_WIDTH + scale * percent / 100;
            svg.append("<line class=\"grid\" x1=\"").append(number(x)).append("\" x2=\"").append(number(x))
                    .append("\" y1=\"0\" y2=\"").append(height - BOTTOM).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(number(x)).append("\" y=\"").append(height - 8)
                    .append("\" text-anchor=\"middle\">").append(percent).append("%</text>\n");
        }
        for (int i = 0; i < rows.size(); i++) {
            Verdict verdict = rows.get(i);
            AcceptanceTally.Rate rate = acceptance.of(verdict);
            double[] interval = rate.interval();
            double top = i * ROW_HEIGHT + 6;
            double middle = top + (ROW_HEIGHT - 12) / 2.0;
            svg.append("<g class=\"rate ").append(verdict.id()).append(rate.smallSample() ? " small" : "")
                    .append("\" data-verdict=\"").append(verdict.id()).append("\">")
                    .append("<title>").append(Html.escape(ReportWords.acceptance(verdict, rate))).append("</title>")
                    .append("<text class=\"label\" x=\"0\" y=\"").append(number(middle + 5)).append("\">")
                    .append(verdict.id()).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(RATE_LABEL_WIDTH).append("\" y=\"")
                    .append(number(top)).append("\" width=\"").append(number(scale * rate.share()))
                    .append("\" height=\"").append(ROW_HEIGHT - 12).append("\"/>");
            double low = RATE_LABEL_WIDTH + scale * interval[0];
            double high = RATE_LABEL_WIDTH + scale * interval[1];
            svg.append("<path class=\"interval\" d=\"M").append(number(low)).append(' ').append(number(middle))
                    .append("H").append(number(high))
                    .append("M").append(number(low)).append(' ').append(number(middle - 6)).append("v12")
                    .append("M").append(number(high)).append(' ').append(number(middle - 6)).append("v12\"/>")
                    .append("<text class=\"figure\" x=\"").append(WIDTH - RATE_TEXT_WIDTH + 10).append("\" y=\"")
                    .append(number(middle + 5)).append("\">").append(ReportWords.percent(rate.share()))
                    .append("% (").append(Counts.of(rate.accepted())).append(" of ").append(Counts.of(rate.told()))
                    .append(")")
                    .append(rate.smallSample() ? "*" : "").append("</text></g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** The chart's opening: as wide as every chart, the given height, and a title that names it to a screen reader. */
    private static StringBuilder start(String name, int height, String title) {
        return new StringBuilder().append("<svg class=\"chart ").append(name).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(name)
                .append("-title\">\n<title id=\"").append(name).append("-title\">").append(title)
                .append("</title>\n");
    }

    /** A coordinate to a tenth: enough for a chart, and the same on every machine. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
