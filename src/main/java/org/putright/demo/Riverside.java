package org.putright.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.putright.resident.ResidentDetails;

/**
 * The fictional town the demo landlord's homes are in: its streets and blocks, their postcodes
 * ({@code RV1 2AB}), and the people who live there. Contact details are ones that can never reach
 * anybody: email addresses at the reserved example domains, and phone numbers from Ofcom's ranges
 * kept for drama.
 */
final class Riverside {

    /** The demo landlord's stock: homes are numbered 1 to this. */
    static final int HOMES = 5000;

    static final String TOWN = "Riverside";

    private static final List<String> WOMEN = List.of(
            "Margaret",
            "Susan",
            "Karen",
            "Emma",
            "Chloe",
            "Jessica",
            "Aisha",
            "Fatima",
            "Priya",
            "Zofia",
            "Grace",
            "Amelia",
            "Olivia",
            "Sophie",
            "Hannah",
            "Mary",
            "Patricia",
            "Linda",
            "Joan",
            "Jade",
            "Leanne",
            "Shanice",
            "Nadia",
            "Sana",
            "Ewa",
            "Bernadette",
            "Doreen",
            "Kelly",
            "Tracey",
            "Nicola",
            "Gemma",
            "Stacey",
            "Amina",
            "Yasmin",
            "Comfort",
            "Blessing",
            "Maureen",
            "Sheila",
            "Lauren",
            "Megan",
            "Ruth",
            "Agnieszka",
            "Halima");

    private static final List<String> MEN = List.of(
            "John",
            "David",
            "Michael",
            "Paul",
            "Mark",
            "Gary",
            "Darren",
            "Lee",
            "Wayne",
            "Ryan",
            "Liam",
            "Connor",
            "Jack",
            "Mohammed",
            "Ahmed",
            "Imran",
            "Tariq",
            "Kwame",
            "Tunde",
            "Delroy",
            "Winston",
            "Piotr",
            "Tomasz",
            "Sean",
            "Patrick",
            "Kevin",
            "Stephen",
            "Keith",
            "Brian",
            "Colin",
            "Dean",
            "Craig",
            "Jamal",
            "Emeka",
            "Bilal",
            "Raj",
            "Terry",
            "Derek",
            "Alan",
            "Callum",
            "Kyle",
            "Marek",
            "Abdi");

    private static final List<String> SURNAMES = List.of(
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Johnson",
            "Davies",
            "Patel",
            "Robinson",
            "Wright",
            "Thompson",
            "Evans",
            "Walker",
            "White",
            "Roberts",
            "Green",
            "Hall",
            "Wood",
            "Jackson",
            "Clarke",
            "Khan",
            "Ahmed",
            "Hussain",
            "Begum",
            "Ali",
            "Kaur",
            "Singh",
            "Mensah",
            "Campbell",
            "Murphy",
            "O'Brien",
            "Kelly",
            "Nowak",
            "Kowalski",
            "Lewis",
            "Harris",
            "Martin",
            "Cooper",
            "Ward",
            "Morris",
            "Hughes",
            "Edwards",
            "Turner",
            "Parker",
            "Collins",
            "Bennett",
            "Shaw",
            "Mitchell",
            "Adeyemi",
            "Osei",
            "Mahmood",
            "Iqbal",
            "Baker",
            "Price",
            "Francis",
            "Reid",
            "Grant",
            "Lynch",
            "Doherty",
            "Farah",
            "Warsame",
            "Hart",
            "Marsh");

    /**
     * Where the homes are. A block holds flats; a street holds houses. Each street has its postcode
     * district and sector; the unit letters vary along it.
     */
    private static final List<Place> PLACES = List.of(
            new Place("Mill Lane", null, "RV1 2"),
            new Place("Riverside Walk", null, "RV1 3"),
            new Place("Wharf Road", "Heron House", "RV1 4"),
            new Place("Canal Street", null, "RV1 5"),
            new Place("Station Road", "Kingfisher Court", "RV2 1"),
            new Place("Church Street", null, "RV2 3"),
            new Place("Meadow Close", null, "RV2 4"),
            new Place("Orchard Way", null, "RV2 6"),
            new Place("Willow Crescent", null, "RV3 1"),
            new Place("Barge Lane", "Swan Tower", "RV3 2"),
            new Place("Ferry Road", null, "RV3 5"),
            new Place("Weavers Row", null, "RV3 7"),
            new Place("Tannery Lane", "Mallard House", "RV4 1"),
            new Place("Bridge Street", null, "RV4 2"),
            new Place("Lock Keepers Way", null, "RV4 4"),
            new Place("Osier Road", "Teal Court", "RV4 6"),
            new Place("Otter Close", null, "RV5 1"),
            new Place("Moorhen Drive", null, "RV5 3"),
            new Place("Towpath Road", "Coot House", "RV5 8"),
            new Place("Ropewalk", null, "RV6 2"),
            new Place("Boatyard Lane", null, "RV6 4"),
            new Place("Sluice Gate Road", "Wagtail House", "RV6 5"),
            new Place("Lowfield Avenue", null, "RV6 7"),
            new Place("Reedbed Close", null, "RV6 9"),
            new Place("Eel Pie Street", null, "RV1 7"));

    /** Unit letters of a postcode never use C, I, K, M, O or V. */
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net");

    private Riverside() {}

    /** A first name, woman's or man's, and a surname. */
    static Name name(Random random) {
        boolean woman = random.nextInt(100) < 56;
        String first = pick(random, woman ? WOMEN : MEN);
        return new Name(first, pick(random, SURNAMES), woman);
    }

    static String firstName(Random random, boolean woman) {
        return pick(random, woman ? WOMEN : MEN);
    }

    /**
     * The resident of home number {@code home}, with a tenancy reference for it and the contact
     * details people usually give: most an email address, most a phone, all an address.
     */
    static ResidentDetails resident(Random random, int home, Name name) {
        Home address = home(home);
        String email = random.nextInt(100) < 72 ? email(random, name) : null;
        String phone = random.nextInt(100) < 88 ? mobile(home) : null;
        return new ResidentDetails(
                name.full(),
                email,
                phone,
                address.line(),
                address.postcode(),
                tenancyReference(home, 1 + random.nextInt(3)),
                null,
                null,
                null);
    }

    /** Where home number {@code home} is: a flat in a block, or a house on a street. */
    static Home home(int home) {
        int index = (home - 1) % PLACES.size();
        int number = (home - 1) / PLACES.size() + 1;
        Place place = PLACES.get(index);
        String unit = String.valueOf(UNIT_LETTERS.charAt(number / 10 % UNIT_LETTERS.length()))
                + UNIT_LETTERS.charAt((number / 10 + index) % UNIT_LETTERS.length());
        String postcode = place.sector() + unit;
        String block = place.block();
        boolean flat = block != null && number % 3 != 0;
        String line = flat
                ? "Flat " + number + ", " + block + ", " + place.street() + ", " + TOWN
                : number + " " + place.street() + ", " + TOWN;
        return new Home(line, postcode);
    }

    /** One tenancy reference per home and tenancy: {@code RVH04512-2} is the second tenancy of home 4512. */
    static String tenancyReference(int home, int tenancy) {
        return String.format(Locale.ROOT, "RVH%05d-%d", home, tenancy);
    }

    static String email(Random random, Name name) {
        String local =
                (name.first() + "." + name.surname()).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        if (random.nextBoolean()) {
            local = local + (10 + random.nextInt(89));
        }
        return local + "@" + pick(random, EMAIL_DOMAINS);
    }

    /** Ofcom keeps 07700 900000 to 900999 for drama; home numbers wrap round it. */
    static String mobile(int home) {
        return String.format(Locale.ROOT, "07700 900%03d", home % 1000);
    }

    /** Ofcom keeps 01632 960000 to 960999 for drama. */
    static String landline(int seed) {
        return String.format(Locale.ROOT, "01632 960%03d", Math.floorMod(seed, 1000));
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    record Name(String first, String surname, boolean woman) {
        String full() {
            return first + " " + surname;
        }

        String title() {
            return woman ? "Ms " + surname : "Mr " + surname;
        }
    }

    record Home(String line, String postcode) {}

    private record Place(
            String street,
            @org.jspecify.annotations.Nullable String block,
            String sector) {}
}
