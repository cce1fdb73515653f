package org.icsdocs.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount in pounds sterling. Written as a number or as finance officers write it:
 * {@code £4.75bn}, {@code £12m}, {@code £250k}, {@code 1,200,000}.
 */
public record Money(BigDecimal pounds) implements Comparable<Money> {

    private static final Pattern WRITTEN = Pattern.compile("£?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(bn|m|k)?", Pattern.CASE_INSENSITIVE);

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        pounds = pounds.stripTrailingZeros();
        if (pounds.scale() < 0) {
            pounds = pounds.setScale(0, RoundingMode.UNNECESSARY);
        }
    }

    public static Money parse(String text) {
        Matcher m = WRITTEN.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an amount of money; write it as 4750000000 or £4.75bn, £12m, £250k");
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        switch (unit) {
            case "bn" -> value = value.movePointRight(9);
            case "m" -> value = value.movePointRight(6);
            case "k" -> value = value.movePointRight(3);
            default -> { }
        }
        return new Money(value);
    }

    public Money plus(Money other) {
        return new Money(pounds.add(other.pounds));
    }

    @Override
    public int compareTo(Money o) {
        return pounds.compareTo(o.pounds);
    }

    /** As a governance paper would print it: £4.75bn, £12.4m, £250k, £950. */
    @Override
    public String toString() {
        BigDecimal abs = pounds.abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return "£" + scaled(pounds.movePointLeft(9)) + "bn";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return "£" + scaled(pounds.movePointLeft(6)) + "m";
        }
        if (abs.compareTo(BigDecimal.valueOf(10_000L)) >= 0) {
            return "£" + scaled(pounds.movePointLeft(3)) + "k";
        }
        return "£" + pounds.toPlainString();
    }

    private static String scaled(BigDecimal value) {
        return value.setScale(Math.min(value.stripTrailingZeros().scale() < 0 ? 0 : value.stripTrailingZeros().scale(), 3), RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
