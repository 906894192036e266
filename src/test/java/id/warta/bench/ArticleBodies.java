package id.warta.bench;

import static id.warta.bench.Newsroom.pick;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the body of one planned article: a lede with a dateline, 300 to 500 words of narration, quotes with
 * {@code ujar <speaker>}, an attribution now and then, one to three read-also lines naming other articles of the
 * corpus, sometimes a noise line, and a closing marker or credits. Each article has its own random stream derived
 * from the corpus seed and its index, so a body can be written alone, in any order.
 */
final class ArticleBodies {
    private static final List<String> SENTENCES = List.of(
            "{actor} menyatakan bahwa {noun} menjadi perhatian utama dalam beberapa pekan terakhir.",
            "Menurut data yang dihimpun, {noun} di {place} meningkat sekitar {pct} persen dibandingkan periode yang"
                    + " sama tahun lalu.",
            "Hal itu disampaikan dalam rapat koordinasi di {place} pada {day} ({date}).",
            "Kegiatan tersebut berlangsung sejak pukul {time} WIB dan dihadiri ratusan peserta dari berbagai daerah.",
            "Sejumlah warga mengaku belum merasakan dampak langsung dari kebijakan terkait {noun}.",
            "Pemerintah daerah berjanji akan menindaklanjuti persoalan {noun} dalam waktu dekat.",
            "Sebelumnya, {actor} telah beberapa kali membahas {noun} bersama pemangku kepentingan terkait.",
            "Tercatat ada {num} laporan yang masuk ke posko pengaduan hingga {day} sore.",
            "Situasi di lapangan dilaporkan berangsur normal, meski pengawasan terhadap {noun} tetap diperketat.",
            "Langkah tersebut diharapkan dapat memperbaiki {noun} sekaligus menjaga {noun2} tetap stabil.",
            "Anggaran sebesar Rp {num} miliar telah disiapkan untuk mendukung program tersebut hingga akhir tahun.",
            "Di sisi lain, sejumlah pihak menilai {noun} belum ditangani secara menyeluruh oleh instansi terkait.",
            "Data terakhir menunjukkan {num} orang terdampak di {place} dan sekitarnya.",
            "Evaluasi menyeluruh akan dilakukan setelah seluruh laporan dari daerah diterima dan diverifikasi.",
            "Rapat lanjutan dijadwalkan berlangsung pada {day} pekan depan di {place}.",
            "Para pengamat memperkirakan {noun} masih akan menjadi sorotan hingga akhir tahun {year}.",
            "Warga {place} berharap persoalan {noun} segera menemukan jalan keluar yang adil bagi semua pihak.",
            "Pihaknya juga telah berkoordinasi dengan aparat setempat untuk memastikan {noun} berjalan lancar.",
            "Kondisi serupa pernah terjadi pada {year}, ketika {noun} menjadi pembicaraan nasional.",
            "Masyarakat diminta tidak mudah percaya pada informasi yang belum jelas sumbernya.",
            "Sampai berita ini diturunkan, belum ada keterangan resmi mengenai {noun2} dari pihak terkait.",
            "Keputusan itu diambil setelah melalui kajian panjang yang melibatkan akademisi dan praktisi.");

    private static final List<String> QUOTES = List.of(
            "Kami akan terus memantau {noun} dan memberikan informasi terbaru kepada masyarakat",
            "Semua pihak harus bekerja sama agar persoalan {noun} bisa segera diselesaikan",
            "Kami tidak ingin kejadian seperti ini terulang lagi di {place}",
            "Targetnya, pekan depan sudah ada keputusan soal {noun}",
            "Kami minta masyarakat tetap tenang dan mengikuti arahan petugas di lapangan",
            "Ini bukan pekerjaan satu atau dua hari, perlu waktu dan dukungan semua pihak",
            "Kami sudah menyiapkan langkah antisipasi sejak jauh hari, termasuk soal {noun2}");

    private final long seed;
    private final List<PlannedArticle> corpus;

    /** Articles not in the corpus, whose titles read-also lines mostly name instead; null for none. */
    private final List<PlannedArticle> ghosts;

    ArticleBodies(long seed, List<PlannedArticle> corpus) {
        this(seed, corpus, null);
    }

    ArticleBodies(long seed, List<PlannedArticle> corpus, List<PlannedArticle> ghosts) {
        this.seed = seed;
        this.corpus = corpus;
        this.ghosts = ghosts;
    }

    List<BodyPart> write(PlannedArticle article) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + article.index());
        int targetWords = 300 + random.nextInt(201);
        List<BodyPart> parts = new ArrayList<>();
        String lede = fill(random, article, "{actor} kembali menjadi sorotan terkait {noun} di {place} pada {day}"
                + " ({date}). " + pick(random, SENTENCES));
        parts.add(new BodyPart.Lede(Newsroom.dateline(random), lede));
        int words = words(lede);
        int readAlsoLeft = 1 + random.nextInt(3);
        boolean noise = random.nextInt(10) == 0;
        while (words < targetWords) {
            String text = paragraph(random, article);
            parts.add(new BodyPart.Paragraph(text));
            words += words(text);
            if (parts.size() >= 3 && readAlsoLeft > 0 && random.nextInt(3) == 0) {
                parts.add(readAlso(random, article));
                readAlsoLeft--;
            } else if (noise && random.nextInt(4) == 0) {
                parts.add(new BodyPart.Noise(pick(random, Newsroom.NOISE)));
                noise = false;
            }
        }
        parts.addAll(closing(random, article));
        return parts;
    }

    private String paragraph(Random random, PlannedArticle article) {
        int kind = random.nextInt(100);
        if (kind < 28) {
            return quote(random, article);
        }
        if (kind < 36) {
            String sentence = fill(random, article, pick(random, SENTENCES));
            return String.format(Locale.ROOT, pick(random, Newsroom.ATTRIBUTION_OPENERS),
                    pick(random, Newsroom.SOURCES)) + lowerFirst(sentence);
        }
        StringBuilder text = new StringBuilder(fill(random, article, pick(random, SENTENCES)));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            text.append(' ').append(fill(random, article, pick(random, SENTENCES)));
        }
        return text.toString();
    }

    private String quote(Random random, PlannedArticle article) {
        String said = fill(random, article, pick(random, QUOTES));
        String speaker = Newsroom.speaker(random, pick(random, article.topic().actors()));
        return switch (random.nextInt(6)) {
            case 0 -> "\"" + said + ",\" " + pick(random, Newsroom.SPEECH_VERBS_NYA) + ".";
            case 1 -> Newsroom.personName(random) + " mengatakan, \"" + said + ".\"";
            case 2 -> "\u201C" + said + ",\u201D " + pick(random, Newsroom.SPEECH_VERBS) + " " + speaker + ".";
            case 3 -> "\"" + said + ",\" ujar " + speaker + " seperti dilansir dari "
                    + pick(random, Newsroom.SOURCES) + ".";
            case 4 -> "\"" + said + ",\" " + pick(random, Newsroom.SPEECH_VERBS) + " " + speaker + " di "
                    + pick(random, Newsroom.PLACES) + ", " + dayAndDate(article.date(), true) + ".";
            default -> "\"" + said + ",\" " + pick(random, Newsroom.SPEECH_VERBS) + " " + speaker + ".";
        };
    }

    private BodyPart readAlso(Random random, PlannedArticle article) {
        PlannedArticle other = other(random, article);
        if (ghosts != null && random.nextInt(5) != 0) {
            other = ghosts.get(other.index()); // an imported archive's link to an article it does not hold
        }
        return new BodyPart.ReadAlso(pick(random, Newsroom.READ_ALSO_LABELS), other.title(), other.slug());
    }

    private PlannedArticle other(Random random, PlannedArticle article) {
        if (corpus.size() == 1) {
            return article;
        }
        int index = random.nextInt(corpus.size() - 1);
        return corpus.get(index >= article.index() ? index + 1 : index);
    }

    private List<BodyPart> closing(Random random, PlannedArticle article) {
        int year = article.date().getYear();
        return switch (random.nextInt(6)) {
            case 0 -> List.of(new BodyPart.Closing("(*)"));
            case 1 -> List.of(new BodyPart.Closing(Newsroom.initials(random)));
            case 2 -> List.of(new BodyPart.Closing("(ant)"));
            case 3 -> List.of(new BodyPart.Closing("Penulis: " + Newsroom.personName(random)),
                    new BodyPart.Closing("Editor: " + Newsroom.personName(random)));
            case 4 -> List.of(new BodyPart.Closing("Pewarta: " + Newsroom.personName(random)),
                    new BodyPart.Closing("Editor : " + Newsroom.personName(random)),
                    new BodyPart.Closing("Copyright \u00A9 ANTARA " + year));
            default -> List.of(new BodyPart.Closing("Artikel ini telah tayang di Tribunnews.com dengan judul "
                    + other(random, article).title()));
        };
    }

    private String fill(Random random, PlannedArticle article, String template) {
        Topics.Topic topic = article.topic();
        return template
                .replace("{actor}", pick(random, topic.actors()))
                .replace("{noun2}", pick(random, topic.nouns()))
                .replace("{noun}", pick(random, topic.nouns()))
                .replace("{place}", pick(random, Newsroom.PLACES))
                .replace("{day}", dayName(article.date()))
                .replace("{date}", dayAndDate(article.date(), false))
                .replace("{time}", String.format(Locale.ROOT, "%02d.%02d", 6 + random.nextInt(15),
                        random.nextInt(4) * 15))
                .replace("{num}", Integer.toString(2 + random.nextInt(980)))
                .replace("{pct}", Integer.toString(1 + random.nextInt(40)))
                .replace("{year}", Integer.toString(article.date().getYear() - 1 - random.nextInt(10)));
    }

    private static String dayName(ZonedDateTime date) {
        // From our own list, not the JDK's locale data, so output does not change with the JDK's CLDR version.
        return Newsroom.DAYS.get(date.getDayOfWeek().getValue() - 1);
    }

    /** {@code 21/5/2023} as written in text, or {@code Kamis (21/5/2023)} with the day's name. */
    private static String dayAndDate(ZonedDateTime date, boolean withDay) {
        String numeric = date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
        return withDay ? dayName(date) + " (" + numeric + ")" : numeric;
    }

    private static String lowerFirst(String sentence) {
        if (sentence.length() > 1 && Character.isLowerCase(sentence.charAt(1))) {
            return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return sentence;
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
