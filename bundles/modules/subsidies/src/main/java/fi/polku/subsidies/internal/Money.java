package fi.polku.subsidies.internal;

/** Euro amounts for messages. Money is kept in whole cents (long) everywhere; never in a double. */
final class Money {
    private Money() {}

    /** 1234567 cents as "12 345,67 €", as a Finnish reader writes it. */
    static String format(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        String euros = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(euros.charAt(i));
        }
        return sign + grouped + "," + String.format("%02d", abs % 100) + " €";
    }
}
