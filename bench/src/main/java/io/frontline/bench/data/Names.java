package io.frontline.bench.data;

import java.util.List;
import java.util.Map;

/** People, places and companies to draw from, per customer language. */
final class Names {

    record Person(List<String> first, List<String> last, List<String> asciiFirst, List<String> asciiLast) {}

    static final Map<String, Person> PEOPLE = Map.of(
            "en",
            latin(
                    List.of(
                            "James",
                            "Mary",
                            "Robert",
                            "Patricia",
                            "Michael",
                            "Jennifer",
                            "David",
                            "Linda",
                            "Emily",
                            "Daniel",
                            "Sarah",
                            "Chris",
                            "Olivia",
                            "Liam",
                            "Grace"),
                    List.of(
                            "Smith",
                            "Johnson",
                            "Williams",
                            "Brown",
                            "Jones",
                            "Miller",
                            "Davis",
                            "Wilson",
                            "Taylor",
                            "Clarke",
                            "Walker",
                            "Hughes",
                            "O'Brien",
                            "Murphy",
                            "Evans")),
            "de",
            latin(
                    List.of(
                            "Anna",
                            "Lukas",
                            "Sophie",
                            "Jonas",
                            "Marie",
                            "Felix",
                            "Lea",
                            "Maximilian",
                            "Julia",
                            "Jürgen",
                            "Katrin",
                            "Tobias",
                            "Sabine"),
                    List.of(
                            "Müller",
                            "Schmidt",
                            "Schneider",
                            "Fischer",
                            "Weber",
                            "Meyer",
                            "Wagner",
                            "Becker",
                            "Hoffmann",
                            "Schäfer",
                            "Koch",
                            "Richter",
                            "Krüger")),
            "es",
            latin(
                    List.of(
                            "Lucía",
                            "Hugo",
                            "Martina",
                            "Mateo",
                            "Sofía",
                            "Pablo",
                            "Carmen",
                            "Javier",
                            "Elena",
                            "Alejandro",
                            "Valentina"),
                    List.of(
                            "García",
                            "Rodríguez",
                            "González",
                            "Fernández",
                            "López",
                            "Martínez",
                            "Sánchez",
                            "Pérez",
                            "Gómez",
                            "Ruiz",
                            "Navarro")),
            "fr",
            latin(
                    List.of(
                            "Camille", "Louis", "Léa", "Gabriel", "Chloé", "Hugo", "Manon", "Jules", "Inès", "Théo",
                            "Céline"),
                    List.of(
                            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Lefèvre",
                            "Moreau", "Laurent")),
            "ja",
            new Person(
                    List.of("花子", "太郎", "美咲", "翔太", "由美", "健一", "さくら", "大輔"),
                    List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"),
                    List.of("hanako", "taro", "misaki", "shota", "yumi", "kenichi", "sakura", "daisuke"),
                    List.of("sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura")),
            "pt-BR",
            latin(
                    List.of(
                            "João",
                            "Maria",
                            "Pedro",
                            "Ana",
                            "Lucas",
                            "Juliana",
                            "Gabriel",
                            "Fernanda",
                            "Rafael",
                            "Camila",
                            "Thiago"),
                    List.of(
                            "Silva",
                            "Santos",
                            "Oliveira",
                            "Souza",
                            "Lima",
                            "Pereira",
                            "Ferreira",
                            "Almeida",
                            "Costa",
                            "Rodrigues",
                            "Carvalho")));

    static final Map<String, List<String>> TIME_ZONES = Map.of(
            "en",
                    List.of(
                            "America/New_York",
                            "America/Chicago",
                            "America/Los_Angeles",
                            "Europe/London",
                            "Australia/Sydney",
                            "Europe/Dublin"),
            "de", List.of("Europe/Berlin", "Europe/Vienna", "Europe/Zurich"),
            "es", List.of("Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Argentina/Buenos_Aires"),
            "fr", List.of("Europe/Paris", "Europe/Brussels", "America/Toronto"),
            "ja", List.of("Asia/Tokyo"),
            "pt-BR", List.of("America/Sao_Paulo", "America/Recife"));

    static final Map<String, List<String>> FREE_MAIL = Map.of(
            "en", List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk"),
            "de", List.of("web.de", "gmx.de", "t-online.de", "gmail.com"),
            "es", List.of("gmail.com", "hotmail.es", "yahoo.es", "outlook.es"),
            "fr", List.of("orange.fr", "free.fr", "laposte.net", "gmail.com"),
            "ja", List.of("yahoo.co.jp", "docomo.ne.jp", "gmail.com"),
            "pt-BR", List.of("uol.com.br", "bol.com.br", "gmail.com", "hotmail.com"));

    static final List<String> COMPANY_PREFIXES = List.of(
            "Nordwind",
            "Bluebird",
            "Granite",
            "Silverline",
            "Alpenglow",
            "Harbor",
            "Redwood",
            "Sunrise",
            "Kestrel",
            "Meridian",
            "Evergreen",
            "Lighthouse",
            "Cobalt",
            "Juniper",
            "Falcon",
            "Aurora",
            "Summit",
            "Brightwater",
            "Ironbridge",
            "Maple",
            "Oakridge",
            "Pioneer",
            "Quantum",
            "Riverside",
            "Sakura",
            "Solaris",
            "Tidewater",
            "Vertex",
            "Westfield",
            "Zenith",
            "Atlas",
            "Beacon",
            "Cedar",
            "Delta",
            "Ember",
            "Fjord",
            "Horizon",
            "Indigo",
            "Lumen",
            "Monarch",
            "Nimbus",
            "Orion",
            "Polaris",
            "Rheinland",
            "Sierra",
            "Tessera",
            "Umbra",
            "Vanguard",
            "Willow",
            "Yuzu");

    static final List<String> COMPANY_CORES = List.of(
            "Logistics",
            "Foods",
            "Analytics",
            "Dental",
            "Hotels",
            "Robotics",
            "Outdoor",
            "Textiles",
            "Energy",
            "Pharma",
            "Media",
            "Motors",
            "Insurance",
            "Software",
            "Consulting",
            "Labs",
            "Retail",
            "Clinics",
            "Construction",
            "Travel",
            "Coffee",
            "Furniture",
            "Telecom",
            "Studios",
            "Bikes",
            "Games",
            "Optics",
            "Shipping",
            "Bakery",
            "Fitness");

    static final List<String> COMPANY_FORMS = List.of("Inc.", "Ltd", "GmbH", "S.A.", "SAS", "K.K.", "Ltda.", "LLC", "");

    static final List<String> DEVICES = List.of(
            "FRITZ!Box 7590",
            "Archer AX55",
            "Frontline R300 router",
            "Livebox 6",
            "Speedport Smart 4",
            "Nighthawk RAX50");

    private Names() {}

    private static Person latin(List<String> first, List<String> last) {
        return new Person(
                first,
                last,
                first.stream().map(Names::ascii).toList(),
                last.stream().map(Names::ascii).toList());
    }

    static String ascii(String value) {
        String decomposed = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD);
        return decomposed
                .replace("ß", "ss")
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
