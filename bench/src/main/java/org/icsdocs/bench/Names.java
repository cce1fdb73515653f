package org.icsdocs.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invented people's names, from fixed lists so that a seed always gives the same people. The
 * surnames are chosen to be unusual; a name is never reused within one system.
 */
final class Names {

    private static final List<String> FIRST = List.of(
            "Abena", "Adaeze", "Alasdair", "Amara", "Anwen", "Arjun", "Astrid", "Barnaby", "Beatrix", "Bronwen",
            "Callum", "Catrin", "Cecily", "Cormac", "Dafydd", "Delphine", "Dominika", "Eamon", "Edmund", "Eleri",
            "Emeka", "Esme", "Farida", "Felix", "Fiona", "Florian", "Gareth", "Greta", "Hamish", "Harriet",
            "Hollis", "Idris", "Imogen", "Ingrid", "Isaac", "Jasper", "Joanna", "Kasia", "Kwame", "Laila",
            "Leontine", "Lorcan", "Louisa", "Lucian", "Mairead", "Marek", "Marisol", "Miles", "Nadia", "Niamh",
            "Nikhil", "Olamide", "Orla", "Owain", "Paloma", "Percy", "Priya", "Quentin", "Rafaela", "Ravi",
            "Rhys", "Rosalind", "Rupert", "Sabine", "Saoirse", "Selim", "Sunita", "Tamsin", "Tariq", "Thea",
            "Tomasz", "Ursula", "Valentina", "Veronica", "Wilhelmina", "Xavier", "Yasmin", "Yusuf", "Zainab", "Zoltan");

    private static final List<String> LAST = List.of(
            "Abernathy", "Ashcombe", "Bellweather", "Blackwood", "Brightwell", "Calloway", "Carrow", "Chadderton", "Corriette", "Crane-Ellis",
            "Dunmore", "Elphick", "Fairbrother", "Ferrow", "Fenwick-Rowe", "Garside", "Gilchrist", "Halvorsen", "Hargreave", "Holloway",
            "Ironside", "Jessop", "Kettleby", "Kilbride", "Lanyon", "Larkfield", "Mallinder", "Marchbank", "Marchetti", "Merriweather",
            "Nettlefold", "Northcott", "Oakenfold", "Okafor-Lyle", "Oyelaran", "Penhallow", "Pettigrew", "Quayle", "Quilliam", "Rackliffe",
            "Ravensworth", "Redfern", "Rushbrook", "Sandilands", "Scarisbrick", "Sedgwick", "Silverthorne", "Stanhope-Adeyemi", "Strickland", "Tennant",
            "Thackeray", "Thistlewood", "Trelawney", "Umfreville", "Vasquez-Hale", "Wainwright", "Warrender", "Whitlock", "Wintringham", "Wrenley",
            "Yardley", "Youngblood", "Zelenko", "Ambrose-Kaur", "Bramall", "Castellan", "Dewhurst", "Everleigh", "Foxcroft", "Greenhalgh");

    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    Names(SplittableRandom random) {
        this.random = random;
    }

    /** A new name, not yet given to anyone in this system. */
    String next() {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            if (used.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("ran out of invented names");
    }
}
