package id.warta.bench;

import java.util.List;

/**
 * The news desks a generated article can come from: each gives headline parts, the nouns its sentences talk about and
 * five tags, so a corpus reads like a real archive (politics next to floods next to football) with 50 tags in all.
 */
final class Topics {

    /**
     * One desk.
     *
     * @param tags five tags of this desk; an article takes one to three of them
     * @param actors who acts in headlines and sentences
     * @param actions what they do, written as a headline predicate
     * @param nouns what the sentences are about
     */
    record Topic(List<String> tags, List<String> actors, List<String> actions, List<String> nouns) { }

    static final List<Topic> ALL = List.of(
            new Topic(List.of("politik", "pemilu", "dpr", "partai", "pilkada"),
                    List.of("DPR", "KPU", "Bawaslu", "Presiden", "Wakil Presiden", "Partai Koalisi", "Fraksi Oposisi",
                            "Mendagri"),
                    List.of("Bahas Revisi Undang-Undang", "Tetapkan Jadwal Kampanye", "Umumkan Hasil Rekapitulasi",
                            "Gelar Rapat Tertutup", "Minta Masukan Publik", "Tolak Usulan Anggaran",
                            "Siapkan Aturan Baru", "Evaluasi Kinerja Menteri"),
                    List.of("rancangan undang-undang", "daftar pemilih tetap", "masa kampanye", "koalisi partai",
                            "rapat paripurna", "anggaran pemilu", "surat suara", "hasil survei")),
            new Topic(List.of("ekonomi", "inflasi", "rupiah", "saham", "umkm"),
                    List.of("Bank Indonesia", "OJK", "Menteri Keuangan", "BPS", "Kementerian Perdagangan",
                            "Bursa Efek Indonesia", "Kadin", "Pemerintah"),
                    List.of("Tahan Suku Bunga Acuan", "Catat Inflasi Melandai", "Perkuat Nilai Tukar Rupiah",
                            "Salurkan Kredit Usaha Rakyat", "Waspadai Perlambatan Global", "Revisi Target Pertumbuhan",
                            "Buka Pasar Ekspor Baru", "Turunkan Harga Beras"),
                    List.of("suku bunga acuan", "harga beras", "nilai tukar rupiah", "indeks harga saham gabungan",
                            "kredit usaha rakyat", "neraca perdagangan", "daya beli masyarakat", "cadangan devisa")),
            new Topic(List.of("cuaca", "banjir", "gempa", "bmkg", "bencana"),
                    List.of("BMKG", "BNPB", "BPBD", "Basarnas", "Tim SAR Gabungan", "Pemerintah Daerah", "Warga",
                            "Relawan"),
                    List.of("Peringatkan Hujan Lebat", "Evakuasi Ribuan Warga", "Catat Gempa Susulan",
                            "Salurkan Bantuan Logistik", "Tetapkan Status Tanggap Darurat", "Pantau Titik Longsor",
                            "Buka Posko Pengungsian", "Perbaiki Tanggul Jebol"),
                    List.of("curah hujan", "tanggul sungai", "posko pengungsian", "gempa susulan", "tanah longsor",
                            "bantuan logistik", "peringatan dini", "status siaga")),
            new Topic(List.of("sepak-bola", "timnas", "liga-1", "bulu-tangkis", "olahraga"),
                    List.of("Timnas Indonesia", "PSSI", "Persib", "Persija", "Arema FC", "PBSI", "Pelatih Timnas",
                            "Kapten Tim"),
                    List.of("Menang Tipis atas Tamu", "Umumkan Skuad Baru", "Tatap Laga Penentuan",
                            "Kantongi Tiket Final", "Benahi Lini Belakang", "Datangkan Pemain Naturalisasi",
                            "Gelar Pemusatan Latihan", "Raih Gelar Juara"),
                    List.of("lini belakang", "pemusatan latihan", "babak kualifikasi", "klasemen sementara",
                            "pemain naturalisasi", "laga tandang", "tiket final", "dukungan suporter")),
            new Topic(List.of("hukum", "kpk", "korupsi", "polri", "pengadilan"),
                    List.of("KPK", "Kejaksaan Agung", "Polda Metro Jaya", "Mahkamah Agung", "Majelis Hakim",
                            "Penyidik", "Kuasa Hukum", "Komisi Yudisial"),
                    List.of("Tetapkan Tersangka Baru", "Periksa Saksi Kunci", "Geledah Kantor Dinas",
                            "Tolak Eksepsi Terdakwa", "Sita Aset Ratusan Miliar", "Tunda Sidang Putusan",
                            "Ajukan Banding", "Limpahkan Berkas Perkara"),
                    List.of("berkas perkara", "saksi kunci", "aset sitaan", "sidang putusan", "dakwaan jaksa",
                            "kerugian negara", "barang bukti", "masa penahanan")),
            new Topic(List.of("teknologi", "startup", "digital", "internet", "kecerdasan-buatan"),
                    List.of("Kominfo", "Perusahaan Rintisan", "Operator Seluler", "BSSN", "Pengembang Aplikasi",
                            "Raksasa Teknologi", "Komunitas Pengembang", "Pemerintah"),
                    List.of("Luncurkan Layanan 5G", "Perketat Perlindungan Data", "Kumpulkan Pendanaan Seri B",
                            "Blokir Situs Judi Daring", "Uji Coba Kecerdasan Buatan", "Perluas Jaringan Serat Optik",
                            "Tutup Celah Keamanan", "Latih Talenta Digital"),
                    List.of("perlindungan data pribadi", "jaringan 5G", "pendanaan awal", "judi daring",
                            "kecerdasan buatan", "serat optik", "celah keamanan", "talenta digital")),
            new Topic(List.of("kesehatan", "bpjs", "stunting", "rumah-sakit", "vaksinasi"),
                    List.of("Kemenkes", "BPJS Kesehatan", "Dinas Kesehatan", "IDI", "Rumah Sakit Daerah",
                            "Puskesmas", "Tenaga Kesehatan", "BPOM"),
                    List.of("Gencarkan Imunisasi Anak", "Tekan Angka Stunting", "Tambah Kamar Rawat Inap",
                            "Tarik Obat Sirup Berbahaya", "Perluas Layanan Telemedisin", "Siagakan Tenaga Medis",
                            "Awasi Peredaran Kosmetik", "Tanggung Biaya Cuci Darah"),
                    List.of("angka stunting", "imunisasi dasar", "kamar rawat inap", "obat sirup", "layanan telemedisin",
                            "iuran peserta", "tenaga medis", "gizi buruk")),
            new Topic(List.of("pendidikan", "sekolah", "kampus", "guru", "beasiswa"),
                    List.of("Kemendikbudristek", "Dinas Pendidikan", "Rektor", "Kepala Sekolah", "Guru Honorer",
                            "Mahasiswa", "Orang Tua Murid", "LPDP"),
                    List.of("Buka Pendaftaran Sekolah", "Umumkan Hasil Seleksi", "Tambah Kuota Beasiswa",
                            "Evaluasi Kurikulum Merdeka", "Angkat Guru Honorer", "Perbaiki Gedung Sekolah",
                            "Tolak Kenaikan Uang Kuliah", "Gelar Ujian Nasional"),
                    List.of("kurikulum merdeka", "uang kuliah tunggal", "sistem zonasi", "kuota beasiswa",
                            "gedung sekolah", "guru honorer", "seleksi masuk", "rapor pendidikan")),
            new Topic(List.of("internasional", "asean", "timur-tengah", "amerika-serikat", "china"),
                    List.of("Amerika Serikat", "Rusia", "China", "Uni Eropa", "ASEAN", "PBB", "Menlu", "NATO"),
                    List.of("Serukan Gencatan Senjata", "Jatuhkan Sanksi Baru", "Gelar Latihan Militer",
                            "Kirim Bantuan Kemanusiaan", "Buka Jalur Diplomasi", "Tolak Resolusi Dewan Keamanan",
                            "Tarik Duta Besar", "Teken Perjanjian Dagang"),
                    List.of("gencatan senjata", "jalur diplomasi", "bantuan kemanusiaan", "sanksi ekonomi",
                            "latihan militer", "resolusi dewan keamanan", "perjanjian dagang", "perbatasan")),
            new Topic(List.of("transportasi", "mudik", "kereta", "jalan-tol", "penerbangan"),
                    List.of("Kemenhub", "KAI", "Jasa Marga", "Korlantas Polri", "Angkasa Pura", "Maskapai",
                            "Dinas Perhubungan", "Pengelola Terminal"),
                    List.of("Siapkan Rekayasa Lalu Lintas", "Tambah Perjalanan Kereta", "Buka Jalan Tol Fungsional",
                            "Terapkan Ganjil Genap", "Pangkas Tarif Pesawat", "Antisipasi Lonjakan Pemudik",
                            "Uji Coba Bus Listrik", "Perbaiki Jalan Rusak"),
                    List.of("arus mudik", "jalan tol", "tiket kereta", "tarif pesawat", "rekayasa lalu lintas",
                            "bus listrik", "jalur alternatif", "kepadatan kendaraan")));

    private Topics() {
    }
}
