package id.warta.card;

import java.util.function.Supplier;

/**
 * The bytes of one card, made when the site is written. A record, so two builds' suppliers are equal exactly when
 * their specs are, and whoever keeps last build's cards can tell an unchanged card without drawing it.
 *
 * @param spec what the card shows
 */
public record CardImage(CardSpec spec) implements Supplier<byte[]> {
    @Override
    public byte[] get() {
        return CardPainter.png(spec);
    }
}
