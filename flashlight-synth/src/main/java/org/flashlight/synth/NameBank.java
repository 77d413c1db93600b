package org.flashlight.synth;

/** Plain, comma-free names for districts and schools. */
final class NameBank {
    private static final String[] PLACES = {
        "Riverside", "Maple Valley", "Cedar Falls", "Pine Ridge", "Oak Hollow", "Lakeview", "Granite", "Willow Creek",
        "Silver Lake", "Eagle Point", "Fox River", "Clearwater", "Stone Bridge", "Harbor", "Meadowbrook", "Sunnyvale",
        "Bear Creek", "Red Rock", "Sandy Plains", "Hillcrest", "Brookfield", "Millbrook", "Fairview", "Greenfield",
        "Springdale", "Westfield", "Northgate", "Southport", "Easton", "Ashland", "Bristol", "Camden", "Dover",
        "Franklin", "Georgetown", "Hamilton", "Jackson", "Kingston", "Lexington", "Madison", "Newport", "Oxford",
        "Plymouth", "Quincy", "Salem", "Trenton", "Union", "Vernon", "Warren", "York", "Arlington", "Belmont",
        "Clayton", "Dayton", "Elmwood", "Fulton", "Glendale", "Hudson", "Irving", "Jasper", "Kent", "Lincoln Park",
        "Marion", "Norwood", "Orange Grove", "Paxton", "Rockport", "Shelby", "Tipton", "Upton", "Vista", "Wheaton",
        "Alder", "Birch Bay", "Coral", "Desert Springs", "Elk Grove", "Falcon Heights", "Golden Valley", "Hawthorne",
        "Indian Springs", "Juniper", "Kettle Falls", "Laurel", "Mesa", "Nettle Creek", "Ocean View", "Prairie",
        "Quarry", "Ravenwood", "Sagebrush", "Timberline", "Valley Forge", "Windmill", "Yarrow", "Zephyr Cove",
        "Blue Mountain", "Copper Canyon", "Deer Park", "Evergreen", "Flint Hills", "Grand Mesa", "High Plains",
        "Iron Range", "Jade Lake", "Kings River", "Lone Pine", "Mill Creek", "North Fork", "Owl Creek", "Poplar",
        "Rolling Hills", "Spruce", "Thunder Bay", "Twin Rivers", "Wolf Point", "Crescent City", "Cottonwood",
    };

    private static final String[] PEOPLE = {
        "Lincoln", "Washington", "Jefferson", "Roosevelt", "Kennedy", "King", "Chavez", "Parks", "Tubman", "Douglass",
        "Earhart", "Edison", "Franklin", "Garfield", "Grant", "Hamilton", "Jackson", "Keller", "Lee", "Madison",
        "Monroe", "Muir", "Obama", "Ride", "Sotomayor", "Thoreau", "Truman", "Whitman", "Wilson", "Adams", "Anthony",
        "Banneker", "Bethune", "Carver", "Curie", "Dewey", "DuBois", "Einstein", "Emerson", "Frost", "Hughes",
        "Huerta", "Jemison", "Kahlo", "Lewis", "Marshall", "Mandela", "Morrison", "Nightingale", "Pauling",
        "Revere", "Sequoyah", "Stanton", "Stowe", "Twain", "Angelou", "Baldwin", "Clemente", "Dickinson", "Ellington",
        "Fitzgerald", "Goodall", "Hawking", "Hopper", "Johnson", "Kahanamoku", "Lovelace", "Mead", "Ochoa", "Owens",
        "Robinson", "Sagan", "Salk", "Tan", "Thorpe", "Vaughan", "Wright", "Yamaguchi", "Zitkala",
    };

    private static final String[] NATURE = {
        "Oak", "Maple", "Cedar", "Pine", "Willow", "Aspen", "Birch", "Sycamore", "Magnolia", "Redwood", "Sequoia",
        "Meadow", "Sunrise", "Sunset", "Horizon", "Summit", "Valley", "Brook", "River", "Canyon", "Prairie",
    };

    private static final String[] CHARTER_WORDS = {
        "Achieve", "Bright Futures", "Compass", "Discovery", "Excel", "Frontier", "Gateway", "Harmony", "Ignite",
        "KIPP-style", "Legacy", "Momentum", "New Horizons", "Pathways", "Quest", "Rise", "Summit Prep", "Thrive",
        "Uplift", "Vanguard",
    };

    private NameBank() {
    }

    static String place(int index) {
        return PLACES[Math.floorMod(index, PLACES.length)];
    }

    static String districtName(int index, Rng rng, boolean urban) {
        String place = place(index) + (index >= PLACES.length ? " " + roman(index / PLACES.length + 1) : "");
        if (urban) {
            return place + " City Schools";
        }
        return switch (rng.below(4)) {
            case 0 -> place + " Unified School District";
            case 1 -> place + " School District";
            case 2 -> place + " Public Schools";
            default -> place + " County Schools";
        };
    }

    static String charterDistrictName(int index, Rng rng) {
        return CHARTER_WORDS[rng.below(CHARTER_WORDS.length)] + " Charter Schools of " + place(index);
    }

    static String schoolName(SchoolType type, boolean charter, String districtPlace, Rng rng) {
        String person = PEOPLE[rng.below(PEOPLE.length)];
        String nature = NATURE[rng.below(NATURE.length)];
        if (charter) {
            String word = CHARTER_WORDS[rng.below(CHARTER_WORDS.length)];
            return switch (type) {
                case HIGH -> word + " Charter High School";
                default -> word + " Charter Academy";
            };
        }
        return switch (type) {
            case ELEMENTARY -> (rng.chance(0.6) ? person : nature) + " Elementary School";
            case MIDDLE -> person + " Middle School";
            case HIGH -> (rng.chance(0.5) ? districtPlace : person) + " High School";
            case K8 -> person + " K-8 School";
            case K12 -> districtPlace + " K-12 School";
            case ALTERNATIVE -> (rng.chance(0.5) ? nature : districtPlace) + " Alternative High School";
        };
    }

    private static String roman(int n) {
        String[] numerals = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return n < numerals.length ? numerals[n] : Integer.toString(n);
    }
}
