using System;
using System.Collections.Generic;
using System.Linq;

namespace CoopData.Extraction.Rules;

/// <summary>
/// The word lists the stages decide with. Every entry is folded (<see cref="Text.Folding.Fold"/>):
/// lower case, no diacritics, so "Chủ tịch" is listed as "chu tich". Multi-word entries are matched
/// token by token, longest first.
/// </summary>
internal static class Lexicon
{
    private static WordSet Set(params string[] items) => new(items);

    // ---------------------------------------------------------------- article reading

    /// <summary>A line starting with one of these ends the body: what follows is related news, tags, comments.</summary>
    public static readonly string[] EndMarkers =
    {
        "related news", "other news", "more news", "latest news", "read more", "see also", "related articles",
        "related posts", "related stories", "trending", "most viewed", "most read", "reactions", "share", "tag", "tags",
        "add new comment", "comments", "quay len tren", "tin bai lien quan", "tin lien quan", "cac tin bai khac",
        "tin khac", "bai viet lien quan", "doc nhieu", "xem them", "tu khoa", "cac bai moi dang", "cac bai da dang",
        "viet binh luan", "y kien ban doc", "nguon", "phien ban di dong", "binh luan",
        "you may also like", "you might also like", "recommended", "recommended for you", "also read", "read also",
        "most popular", "editor s picks", "more from", "more stories", "follow us", "back to top", "print",
        "tin cung chuyen muc", "bai lien quan", "co the ban quan tam", "tin moi nhat", "tin noi bat", "xem nhieu nhat",
        "chia se", "in bai viet", "gui ban in",
    };

    /// <summary>Markers that only count as a whole short line (they are ordinary words inside prose).</summary>
    public static readonly WordSet ShortOnlyEndMarkers = Set("share", "trending", "comments", "nguon", "binh luan", "tag", "tags",
        "recommended", "print", "chia se", "follow us");

    /// <summary>Labels that may stand before an article's leading date ("Date: 12/03/2019", "Updated: March 12", "Ngày 12/3/2019").</summary>
    public static readonly WordSet DateLabelWords = Set("date", "updated", "update", "published", "posted", "ngay");

    /// <summary>Lines of site navigation at the top.</summary>
    public static readonly WordSet MenuWords = Set("log in", "login", "home", "trang chu", "menu", "search", "tim kiem", "sign in", "subscribe");

    /// <summary>English function words, for language detection.</summary>
    public static readonly WordSet EnglishFunctionWords = Set("the", "and", "of", "to", "in", "with", "for", "on", "is", "was", "that", "between", "has", "have", "will", "by", "at", "from", "its", "their");

    /// <summary>Vietnamese function words (folded; they are distinctive once diacritics are checked too).</summary>
    public static readonly WordSet VietnameseFunctionWords = Set("cua", "va", "cac", "duoc", "voi", "trong", "nhung", "cho", "nay", "da", "la", "mot", "tai", "hai", "ngay", "thanh", "pho", "hop", "tac");

    /// <summary>Function words of a few unsupported languages, so they are named rather than guessed as English.</summary>
    public static readonly Dictionary<string, string[]> OtherLanguageWords = new(StringComparer.Ordinal)
    {
        ["fr"] = new[] { "le", "la", "les", "des", "et", "est", "une", "dans", "pour", "avec", "du", "au", "sur" },
        ["de"] = new[] { "der", "die", "das", "und", "ist", "mit", "den", "dem", "ein", "eine", "von", "zu", "nicht" },
        ["es"] = new[] { "el", "los", "las", "y", "es", "con", "por", "una", "del", "para", "como", "se" },
    };

    // ---------------------------------------------------------------- sentences

    /// <summary>Tokens that end with a dot without ending the sentence.</summary>
    public static readonly WordSet Abbreviations = Set(
        "mr", "mrs", "ms", "dr", "st", "no", "tp", "prof", "gen", "gov", "sen", "rep", "jr", "sr", "co", "inc", "ltd", "corp",
        "vs", "etc", "cr", "crs", "cllr", "coun", "supt", "col", "lt", "capt", "mt", "ft", "fig", "vol", "approx", "dept", "est", "pgs", "ts", "ths",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u", "s", "e", "g", "i");

    // ---------------------------------------------------------------- localities

    /// <summary>Words before a name that make it a locality ("city of X", "thành phố X", "quận X").</summary>
    public static readonly Dictionary<string, string?> PlacePrefixes = new(StringComparer.Ordinal)
    {
        ["city of"] = "city", ["cities of"] = "city", ["towns of"] = "city", ["mayor of"] = "city", ["governor of"] = null, ["people s committee of"] = null, ["town of"] = "city", ["township of"] = "city", ["municipality of"] = "city", ["capital of"] = null,
        ["province of"] = "province", ["state of"] = "province", ["district of"] = "district", ["prefecture of"] = "province", ["county of"] = "province",
        // French départements: "Departmental Council of Manche", "département de la Corrèze" (not "Department of": "of Commerce").
        ["departmental council of"] = "province", ["departement de"] = "province", ["departement de la"] = "province",
        ["departement du"] = "province", ["departement des"] = "province", ["conseil departemental de"] = "province", ["conseil departemental de la"] = "province",
        ["conseil departemental du"] = "province",
        ["thanh pho"] = "city", ["tp"] = "city", ["thu do"] = "city", ["thi xa"] = "city", ["thi tran"] = "commune",
        ["quan"] = "district", ["huyen"] = "district", ["tinh"] = "province", ["xa"] = "commune", ["phuong"] = "commune",
        ["bang"] = "province", ["vung"] = "province", ["dac khu"] = "district", ["huyen dao"] = "district", // "huyện đảo Lý Sơn": an island district
        // A town's partner is named right after these ("its twinned town Chouzé", "twinned with Nonancourt").
        ["twinned town"] = "city", ["twin town"] = "city", ["twinned with"] = "city", ["twinning with"] = "city",
    };

    /// <summary>Words written right before a country that name its capital ("the capital of Laos", "thủ đô Lào"), folded.</summary>
    public static readonly WordSet CapitalBeforeCountry = Set("the capital of", "thu do");

    /// <summary>Words that may follow a noun phrase ("the capital of Laos to attend"), where another word would go on with it ("of Korean spirit culture"), folded.</summary>
    public static readonly WordSet WordsAfterNounPhrase = Set("to", "in", "on", "for", "and", "with", "from", "at", "where", "which", "by", "last", "this", "va", "de", "tu", "vao");

    /// <summary>Words written after a country's adjective that name its capital ("the Thai capital"), folded.</summary>
    public static readonly WordSet CapitalAfterDemonym = Set("capital");

    /// <summary>Unit words written after a name that state its kind ("Ninh Binh City", "Yamaguchi Prefectural Assembly"), folded.</summary>
    public static readonly Dictionary<string, string> PlaceSuffixKinds = new(StringComparer.Ordinal)
    {
        ["city"] = "city", ["province"] = "province", ["provincial"] = "province", ["prefectural"] = "province",
    };

    /// <summary>
    /// Particles of a longer Romance name, as written ("Jardin du Luxembourg", "Bois de Boulogne"): a one-word place before one
    /// and a capitalised word is a word of that name. As written: "để" (Vietnamese) folds to "de".
    /// </summary>
    public static readonly WordSet RomanceNameParticles = Set("du", "de", "des", "del", "della", "di");

    /// <summary>
    /// First words of place names written abbreviated with a dot ("St. Petersburg", "Ft. Worth"), as the gazetteer lists
    /// them, and the words they abbreviate: "St Petersburg" is Saint Petersburg's main name as much as St. Petersburg's (Florida).
    /// </summary>
    public static readonly KeyValuePair<string, string>[] AbbreviatedNameWordsInFull =
        { Pair("st", "saint"), Pair("ste", "sainte"), Pair("mt", "mount"), Pair("ft", "fort") };

    /// <summary>The abbreviations of <see cref="AbbreviatedNameWordsInFull"/>.</summary>
    public static readonly WordSet AbbreviatedNameWords = Set(AbbreviatedNameWordsInFull.Select(kv => kv.Key).ToArray());

    /// <summary>Countries and territories that are one city (ISO codes): their name names that city too ("Macao and Phuket", "Taichung and Guam").</summary>
    public static readonly HashSet<string> CityStates = new(StringComparer.Ordinal) { "SG", "HK", "MO", "MC", "VA", "GI", "SM", "GU" };

    /// <summary>
    /// Countries (ISO codes) whose provinces Vietnamese news names bare, writing the seat of the same name with its unit word
    /// ("Tuyên Quang và Xiêng Khoảng ký kết" ... "tại TP Tuyên Quang"): a bare name of both is the province.
    /// </summary>
    public static readonly HashSet<string> CountriesNamingProvincesBare = new(StringComparer.Ordinal) { "VN", "LA", "KH" };

    /// <summary>Nouns for the seat of a region ("the Kayah state's capital of Loikaw").</summary>
    public static readonly WordSet SeatWords = Set("capital", "seat");

    /// <summary>Unit words after a name that make it a region ("Guadalcanal Province"): no small town is meant.</summary>
    public static readonly WordSet RegionWordsAfterName = Set("province", "prefecture", "state", "region", "oblast", "governorate");

    /// <summary>Capitalised words before a name that make the two a region's name ("Central Highlands", "Upper Silesia").</summary>
    public static readonly WordSet RegionQualifiers = Set("central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "upper", "lower");

    /// <summary>Names of diseases that are also towns' ("Corona 19", "the Corona pandemic"): before a number or <see cref="DiseaseNouns"/> they are the disease.</summary>
    public static readonly WordSet DiseaseNames = Set("corona", "covid", "sars", "mers", "ebola", "zika");

    /// <summary>Nouns after a disease's name ("the Corona pandemic").</summary>
    public static readonly WordSet DiseaseNouns = Set("virus", "pandemic", "epidemic", "outbreak", "vaccine", "vaccines", "crisis", "period", "situation", "restrictions");

    /// <summary>Words after a name that make it a locality ("X province", "X People's Committee", "X Mayor").</summary>
    public static readonly WordSet PlaceSuffixes = Set(
        "city", "province", "district", "ward", "county", "prefecture", "municipality", "town", "village", "commune", "region", "oblast",
        "people s committee", "people s council", "party committee", "municipal", "city council", "council", "city hall", "secretariat",
        "mayor", "deputy mayor", "vice mayor", "governor", "delegation", "authorities", "government", "administration",
        "provincial", "prefectural", "metropolitan", "ku", "shi", "si", "gu", "residents", "twinning",
        "department", "departmental council"); // "the Charente department", "Lot Departmental Council"

    /// <summary>
    /// Unit words before a village's, commune's or district's name ("bản X", "thôn X", "xã X", "cụm bản X", "village of X"),
    /// with the kind they give: a capitalised name after one is a locality even when the gazetteer lacks it.
    /// </summary>
    public static readonly Dictionary<string, string> VillageUnits = new(StringComparer.Ordinal)
    {
        ["ban"] = "commune", ["cum ban"] = "commune", ["thon"] = "commune", ["xa"] = "commune", ["lang"] = "commune",
        ["phuong"] = "commune", ["thi tran"] = "commune", ["huyen"] = "district", ["quan"] = "district",
        ["ap"] = "commune", ["xom"] = "commune", ["khom"] = "commune", ["phum"] = "commune", ["tran"] = "commune", // hamlets: "ấp Vĩnh Hòa", "xóm X", "khóm Xuân Bình", Cambodian "phum Xom"; a Chinese town, "trấn Seo Pả Chư"
        ["village of"] = "commune", ["commune of"] = "commune", ["hamlet of"] = "commune",
        ["city of"] = "city", ["cities of"] = "city", ["town of"] = "city", ["towns of"] = "city", ["township of"] = "city",
    };

    /// <summary>
    /// The unit words as written: their folds are also other words ("ban" is "Ủy ban", "bạn"; "phuong" is "phương Tây";
    /// "xa" is "xa" (far)), so a unit counts only spelt with its own marks.
    /// </summary>
    public static readonly WordSet VillageUnitSpellings = Set("bản", "cụm", "thôn", "xã", "làng", "phường", "thị", "trấn", "huyện", "quận", "ấp", "xóm", "khóm", "phum",
        "village", "commune", "hamlet", "city", "cities", "town", "towns", "township", "of");

    /// <summary>A word and the unit word after it that make one word: "văn bản" (a document), "hợp tác xã" (a cooperative), "nông thôn".</summary>
    public static readonly WordSet VillageUnitCompounds = Set("van ban", "phien ban", "co ban", "kich ban", "xuat ban", "hoa ban", "can ban",
        "nguyen ban", "tai ban", "nhat ban", "tac xa", "nong thon", "xom lang");

    /// <summary>English unit words after a village's or commune's name ("X village", "X commune"); "Village" capitalised is a name's own word ("Olympic Village").</summary>
    public static readonly WordSet VillageSuffixes = Set("village", "commune", "hamlet", "district");

    /// <summary>Words for a wide region ("vùng Xi-bia", "miền Viễn Đông"), whose name no gazetteer place has, folded.</summary>
    public static readonly WordSet WideRegionWords = Set("vung", "mien");

    /// <summary>Lower-case particles inside a foreign place's name as Vietnamese renders it ("Pi-na đen Ri-ô", "Xanh Đơ-ni"), folded.</summary>
    public static readonly WordSet RenderingParticles = Set("den", "do", "de", "del", "di", "da", "du", "la", "lo", "le", "dos", "das", "des");

    /// <summary>
    /// A town's council written after its name with a capital ("Ahsa Municipality", "Padawan Municipal Council"): the town,
    /// where the gazetteer lacks it. "Municipal" only before one of <see cref="MunicipalBodies"/>.
    /// </summary>
    public static readonly WordSet CouncilUnitWords = Set("municipality", "municipal");

    /// <summary>What "Municipal" names as a town's council ("Municipal Council", "Municipal Corporation").</summary>
    public static readonly WordSet MunicipalBodies = Set("council", "corporation");

    /// <summary>
    /// Unit words after a region's name ("TUV province of Mongolia"): a region the gazetteer lacks, named so only with its
    /// country written as its address.
    /// </summary>
    public static readonly WordSet RegionSuffixes = Set("province", "oblast", "aimag", "governorate");

    /// <summary>
    /// A unit word and the word after it that make no place name: "bản" is also a document ("Bản ghi nhớ", "Bản Thỏa thuận"),
    /// "xã" opens "xã hội" (society), "làng" opens "Làng Văn hóa" (a culture village, a venue).
    /// </summary>
    public static readonly WordSet VillageUnitNonNames = Set("ban ghi", "ban thoa", "ban cam", "ban ke", "ban tin", "ban do", "ban sac",
        "ban bao", "ban de", "ban hop", "ban tuyen", "ban du", "ban thong", "ban sao", "ban chinh", "ban quyen", "ban tom", "ban huong",
        "ban dieu", "ban nhac", "ban danh", "ban cap", "xa hoi", "xa vien", "xa giao", "lang van", "lang nghe");

    /// <summary>
    /// Names after a unit word, or before "village", that say who lives there or what it is, not where: "làng Chăm", "a Hmong
    /// village", "the Olympic village" (folded, whole name).
    /// </summary>
    public static readonly WordSet VillageNonNames = Set("hmong", "h mong", "mong", "dao", "tay", "thai", "khmer", "cham", "muong", "ede", "e de",
        "bahnar", "ba na", "co tu", "xo dang", "gia rai", "jrai", "k ho", "lo lo", "ha nhi", "nung", "san diu", "san chay", "gie trieng",
        "ta oi", "van kieu", "bru", "pa ko", "raglai", "cho ro", "stieng", "khmu", "kho mu", "lu", "phu la", "la chi", "pa then", "co lao",
        "si la", "brau", "ro mam", "kinh", "hoa", "olympic", "global", "smart", "cultural", "heritage", "tourism", "craft", "fishing",
        "children", "sos", "model", "new", "ancient", "old", "traditional", "rural", "border", "mountain", "coastal", "youth", "media");

    /// <summary>Function words that end a village's name when a headline capitalises every word ("Bản Nà Lừa Với Bản Huổi Hốc").</summary>
    public static readonly WordSet VillageNameEnders = Set("voi", "va", "cua", "tai", "trong", "cac", "duoc", "and", "with", "of", "in");

    /// <summary>Words before a unit word that make it plural ("ba bản X, Y", "hai thôn X và Y"): the names after it are a list.</summary>
    public static readonly WordSet VillageListMarkers = Set("cac", "nhung", "hai", "ba", "bon", "nam", "sau", "two", "three", "four", "both");

    /// <summary>Words that may stand inside a village's address, between its name and the unit or country it lies in ("bản X (thuộc cụm bản Y, huyện Z)", "thôn X của nước bạn Lào").</summary>
    public static readonly WordSet VillageAddressGlue = Set("thuoc", "cua", "tai", "nuoc", "ban", "cum", "thon", "xa", "huyen", "tinh", "thanh", "pho",
        "thi", "tran", "phuong", "quan", "lang", "chdcnd", "of", "in", "district", "province", "city", "commune", "village", "county", "the", "state", "thu", "do", "capital");

    /// <summary>Words after which a place is the partner side of a relation ("kết nghĩa với bản X", "twinned with X village").</summary>
    public static readonly WordSet PartnerSideWords = Set("voi", "with");

    /// <summary>Japanese and Korean unit words that mark a place only when hyphened to its name ("Nagaizumi-cho", "Yangpyeong-gun").</summary>
    public static readonly WordSet HyphenedUnitWords = Set("cho", "machi", "mura", "gun", "ken");

    /// <summary>Unit words between a place and its address, past a hyphen or before the comma ("Edogawa-ku, Tokyo", "Shibuya ward, Tokyo").</summary>
    public static readonly WordSet UnitWordsBeforeAddress = Set("ku", "ward", "city", "district", "shi", "gu");

    /// <summary>Words that may stand between a place and its address or country ("Shangyu district of Shaoxing city", "quận Ba Đình, thành phố Hà Nội", "Incheon tại Hàn Quốc").</summary>
    public static readonly WordSet AddressGlueWords = Set(
        "in", "of", "s", "city", "province", "district", "northern", "southern", "central", "the",
        "ku", "thuoc", "tai", "tinh", "thanh", "pho", "tp", "ward", "prefecture", "county", "state", "municipality",
        "tren", "dat", "lien", "mainland", // "Trùng Khánh trên đất liền Trung Quốc", "in mainland China"
        "chau"); // "huyện Kim Bình (châu Hồng Hà)": a Chinese autonomous prefecture

    /// <summary>Words that join a place to its address as a comma does ("Shangyu district of Shaoxing", "thuộc tỉnh Quảng Ninh").</summary>
    public static readonly WordSet AddressJoinWords = Set("of", "in", "thuoc", "cua");

    /// <summary>
    /// English unit words that open a place's formal name before "of" ("City of Windhoek", "the Canton of Guichen"): never a
    /// place themselves ("Canton" is also a Chinese city's old name).
    /// </summary>
    public static readonly WordSet UnitWordsBeforeOf = Set("city", "town", "village", "province", "district", "county", "commune", "ward", "municipality",
        "prefecture", "state", "borough", "township", "canton", "parish", "department");

    /// <summary>Unit words of places below a city, whose "of" introduces the place they are in ("Haizhou District of Lianyungang").</summary>
    public static readonly WordSet LowerUnitWordsBeforeOf = Set("district", "county", "ward", "town", "village", "commune", "township", "borough", "parish");

    /// <summary>Unit words after an address, skipped to see whether a list of places goes on ("Mungyeong city, and Chilgok county").</summary>
    public static readonly WordSet UnitWordsAfterAddress = Set("province", "city", "district", "state", "county");

    /// <summary>Conjunctions continuing a list of places ("Hanoi, Hai Phong and Da Nang", "Huế và Đà Nẵng", "Salavan hoặc Sekong").</summary>
    public static readonly WordSet ListConjunctions = Set("and", "va", "or", "hoac");

    /// <summary>Phrases after a comma continuing a list of partners in time ("with Guangdong in 2014, followed by Hyogo in 2017").</summary>
    public static readonly string[] ListContinuations = { "followed by", "then", "tiep theo la", "sau do la" };

    /// <summary>Words after a capitalised unknown word that make it worth looking up as a misspelt place ("Quangzhou city", "Toulois relations", "Shizouka Prefecture").</summary>
    public static readonly WordSet MisspeltPlaceCues = Set("relations", "city", "relationship", "prefecture", "province");

    /// <summary>Lower-case words inside a few names of places and countries, looked up only as part of a longer name ("Port of Spain", "Trinidad and Tobago").</summary>
    public static readonly WordSet NameJoiningWords = Set("of", "and");

    /// <summary>
    /// Lower-case particles inside a Romance or Dutch place name, as written (diacritics and case kept: "đô" of "Thủ đô" is
    /// none): a capitalised word after them ends a longer name ("San Nicolás de los Garza"). <see cref="RomanceNameParticles"/> and more.
    /// </summary>
    public static readonly WordSet NameTailParticles = Set(RomanceNameParticles.Concat(new[] { "da", "do", "dos", "das", "la", "le", "las", "los", "van", "von", "der", "den" }).ToArray());

    /// <summary>Lower-case particles inside a place's name ("Choisy-le-Roi", "Frankfurt am Main", "Rio de Janeiro").</summary>
    public static readonly WordSet PlaceNameParticles = Set("le", "la", "de", "du", "sur", "en", "les", "des", "am", "im", "an", "der", "di", "del",
        "es", "el", "al", "da", "do", "dos", "das", "upon", "on");

    /// <summary>Words before a capitalised span that make it something other than a place ("Sân bay Nội Bài", "President Ho Chi Minh").</summary>
    public static readonly WordSet NonPlacePrefixes = Set("san bay", "airport", "cong vien", "cua khau", "cua khau quoc te", "song", "nui", "dao", "ho", "cho", "chua", "duong", "pho di bo", "cau", "khu cong nghiep", "benh vien", "truong", "dai hoc",
        "cum cong nghiep", "khu che xuat", "khu kinh te");

    /// <summary>Capitalised words opening a landform's English name ("Mount Panorama", "Lake Biwa"), which names no town.</summary>
    public static readonly WordSet LandformWords = Set("mount", "mt", "lake", "cape");

    /// <summary>
    /// Vietnamese forms of state written before a country's name ("Vương quốc Campuchia", "Cộng hòa Pháp", "Liên bang Nga"):
    /// their first syllable is capitalised but the phrase is no place ("Vương" is a district too).
    /// </summary>
    public static readonly string[] StateForms = { "vuong quoc", "cong hoa", "lien bang", "dai cong quoc", "cong quoc" };

    /// <summary>Words after a name that make it a historical state's ("the Silla kingdom", "the Ly dynasty"), never a locality's.</summary>
    public static readonly WordSet HistoricalStateWords = Set("kingdom", "dynasty", "empire");

    /// <summary>
    /// Head words that turn a capitalised chain into an institution or a thing ("South China University of
    /// Technology", "The Hanoi Times", "Red River"): a place inside such a chain is not a locality mention.
    /// </summary>
    public static readonly WordSet InstitutionHeads = Set(
        "university", "institute", "college", "school", "academy", "hospital", "museum", "bank", "company", "corporation",
        "group", "airport", "airlines", "airways", "station", "port", "hotel", "times", "post", "news", "daily", "television",
        "tv", "radio", "magazine", "newspaper", "river", "lake", "sea", "bay", "mountain", "mountains", "island", "islands",
        "street", "road", "avenue", "bridge", "park", "stadium", "square", "tower", "temple", "pagoda", "citadel", "quarter",
        "metro", "club", "fc", "association", "foundation", "federation", "union", "league", "festival", "games", "fair",
        "expo", "award", "prize", "cup", "declaration", "accords", "accord", "treaty", "agreement", "convention", "law",
        "delta", "region", "peninsula", "gulf", "ocean", "strait", "centre", "center", "house", "palace", "hall", "market",
        "mall", "plaza", "zone", "industrial", "economic", "development", "technology", "science", "studies", "press",
        "tours", "travel", "travels", "holdings", "resort", "resorts", "insurance", "logistics", "construction", "industries",
        "enterprises", "motors", "pharma", "securities", "church", "cathedral", "chapel", "mosque", "parish", "diocese");

    /// <summary>Lower-case words after a street's name ("An Duong Vuong street").</summary>
    public static readonly WordSet StreetWords = Set("street", "road", "avenue", "boulevard", "st");

    /// <summary>
    /// Heads of an occasion's name that open with its place ("the Busan Sister Cities Forum", "Hue Festival"): the place
    /// is named, and is where the occasion is held.
    /// </summary>
    public static readonly WordSet OccasionHeads = Set("forum", "festival", "summit", "conference", "expo", "fair", "games", "week",
        "congress", "symposium", "carnival", "marathon", "exhibition", "biennale", "olympics", "dialogue");

    /// <summary>Heads of a hall's name that may open with its place ("at the Hanoi Opera House"): the place is named, and is where the event is.</summary>
    public static readonly WordSet VenueBuildingHeads = Set("hall", "house", "theatre", "theater", "palace", "center", "centre", "auditorium", "arena",
        "chamber", "museum", "university", "institute", "stadium");

    /// <summary>Words opening a town's own government after its name ("the Kolkata Municipal Corporation", "the Seoul Metropolitan Government").</summary>
    public static readonly WordSet TownBodyWords = Set("municipal", "metropolitan", "city", "provincial", "prefectural", "government", "council",
        "corporation", "administration", "people");

    /// <summary>Where a body sits ("at the headquarters of the X provincial government"): the place it is of is the venue.</summary>
    public static readonly WordSet BodySeatWords = Set("headquarters", "seat", "offices", "premises");

    /// <summary>
    /// Words opening an institution's name that a place then ends or follows after "of": after "at"/"tại" the place is where
    /// the event is ("at the University of Melbourne's Parkville campus", "tại Viện Nghiên cứu phát triển TP.HCM").
    /// </summary>
    public static readonly string[] InstitutionVenueOpeners = { "university", "institute", "museum", "port", "hospital", "vien", "hoc vien", "dai hoc", "truong dai hoc", "bao tang", "trung tam", "benh vien" };

    /// <summary>Capitalised words that stay inside a locality's own body ("Hanoi People's Committee", "Gosfield Twinning Association").</summary>
    public static readonly WordSet GovernmentHeads = Set("twinning", "committee", "council", "government", "administration", "authorities", "city hall", "town hall", "assembly", "office", "department", "delegation");

    /// <summary>
    /// Common English words that are also names in a world gazetteer ("Nice", "Of", "Mobile"). As a
    /// single capitalised word they are a place only with locality context around them.
    /// </summary>
    public static readonly WordSet CommonWords = Set(
        "tet", "police", "army", "navy", "gendarmerie", "customs", "border", "guard", "guards", "festival", "lunar", "new",
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "it", "its", "this",
        "that", "these", "those", "both", "all", "each", "every", "some", "any", "no", "not", "one", "two", "three", "first",
        "second", "third", "new", "old", "good", "great", "nice", "best", "better", "fine", "fair", "grand", "royal", "golden",
        "mobile", "reading", "bath", "split", "van", "hope", "union", "liberty", "victoria", "welcome", "during", "under",
        "after", "before", "since", "until", "while", "when", "where", "why", "how", "what", "who", "which", "there", "here",
        "also", "moreover", "however", "meanwhile", "currently", "regarding", "according", "drawing", "emphasizing",
        "expressing", "giving", "addressing", "welcoming", "photo", "photos", "home", "mayor", "chairman", "president",
        "secretary", "council", "committee", "party", "people", "city", "province", "district", "state", "capital", "centre",
        "center", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
        "middle", "little", "big", "long", "early", "late", "march", "may", "june", "july", "august", "april", "january",
        "february", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "mr", "mrs", "ms", "dr", "st", "cr", "crs", "he", "she", "they", "we", "you", "i",
        "his", "her", "their", "our", "my", "your", "said", "says", "under", "over", "about", "above", "across", "against",
        "along", "among", "around", "behind", "below", "beyond", "but", "despite", "down", "inside", "into", "like", "near",
        "off", "out", "outside", "past", "per", "round", "through", "toward", "towards", "up", "upon", "via", "within", "without",
        "be", "can", "could", "would", "should", "will", "must", "may", "might", "had", "has", "have", "do", "did", "does",
        "metro", "summit", "conference", "forum", "news", "times", "post", "trade", "tourism", "culture", "education", "health", "holiday", "holidays",
        "energy", "green", "smart", "global", "national", "international", "world", "asia", "europe", "africa", "america",
        "pacific", "atlantic", "sahara", "university", "school", "hall", "park", "bay", "lake", "river", "sea", "mount", "port",
        "friendship", "cooperation", "partnership", "sister", "twin", "republic", "share", "tweet", "email", "print", "delta", "google", "translate", "trang", "delegation", "ambassador", "governor", "deputy", "vice",
        "standing", "permanent", "former", "general", "head", "chief", "leader", "leaders", "member", "members", "director",
        "minister", "prime", "premier", "king", "queen", "prince", "princess", "lord", "lady", "saint", "san", "santa", "la",
        "le", "de", "du", "des", "el", "al", "da", "di", "do", "dos", "das", "van", "von", "der", "den", "ten", "ter", "bo",
        "nam", "bac", "trung", "dong", "tay", "thu", "tinh", "quan", "huyen", "xa", "phuong", "ong", "ba", "ngai", "dong chi",
        "vietnamese", "chinese", "french", "english", "ha", "thanh", "hai", "ninh", "hoa", "an", "yen", "son", "binh", "long",
        "minh", "hung", "dung", "tuan", "mai", "lan", "hong", "lien", "viet", "bao", "quang", "phu", "tan", "vinh", "phuc",
        "kim", "hoang", "ngoc", "hien", "tam", "tien", "loc", "tho", "cao", "tu", "truong", "nguyen", "tran", "le", "pham",
        "vu", "vo", "phan", "dang", "bui", "ngo", "duong", "ly", "dinh", "huynh", "trinh", "doan", "lam", "luong", "ho",
        "uy", "tich", "chu", "anh", "chi", "em", "ban", "cu", "thi", "van", "huu", "duc", "cong", "quoc", "gia", "dan",
        "tuong", "bo", "cuc", "vien", "so", "khu", "lang", "ap", "to", "mau", "thuy", "tung", "cuong", "thang", "thu");

    /// <summary>Vietnamese surnames: a capitalised run starting with one is a person's name, not a place.</summary>
    public static readonly WordSet VietnameseSurnames = Set(
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly",
        "dinh", "phung", "doan", "luong", "trinh", "mai", "dao", "cao", "lam", "ha", "ta", "dong", "kieu", "thai",
        "truong", "quach", "tong", "vuong", "khuc", "nghiem", "giang", "hua", "kha", "lai", "luu", "mac",
        "nong", "thach", "tieu", "trieu", "hau", "than", "chau", "tang", "dam", "diep", "nham", "lu", "lo", "ton", "phi", "luc", "ung", "giap", "khong",
        // Hmong clan names ("Vàng Seo Phử", "Sùng A Hồ")
        "vang", "sung", "thao", "lau", "mua");

    /// <summary>
    /// Vietnamese words that also are given names (and among <see cref="CommonWords"/>): alone they are never a place without
    /// locality context; in English text a place suffix or a list of places is that context.
    /// </summary>
    public static readonly WordSet VietnameseGivenNames = Set(
        "ha", "thanh", "hai", "minh", "hung", "dung", "tuan", "mai", "lan", "hong", "lien", "binh", "son", "long", "hoa", "an",
        "anh", "linh", "hanh", "huong", "nam", "quang", "phuong", "trang", "thu", "thuy", "cuong", "thang", "tam", "tien",
        "vinh", "phuc", "loc", "bao", "ngoc", "hieu", "khanh", "kien", "trung", "duc", "hieu", "hai", "yen", "nga", "hoai",
        "chau", "giang", "ninh", "dong", "tay", "bac", "tho", "truong", "hoang", "quy", "toan", "tu", "van");

    /// <summary>Words that never are part of a person's name ("Sister Cities International").</summary>
    public static readonly WordSet NotNameWords = Set("sister", "cities", "city", "international", "national", "united", "states",
        "republic", "kingdom", "news", "times", "daily", "post", "group", "association", "associations", "committee", "committees", "council", "councils", "people", "party",
        "division", "bureau", "agency", "municipality", "municipalities", "union",
        // a ministry's portfolio after its minister's title ("Minister Public Health, Housing and Local Government Dr Sim")
        "public", "health", "housing", "agriculture", "finance", "transport", "environment", "industry", "infrastructure", "local",
        "education", "tourism", "trade", "culture", "sports", "youth", "energy", "planning", "development", "labour", "labor",
        "defence", "defense", "interior", "security", "communications", "information", "science", "technology", "fisheries",
        "forestry", "investment", "commerce", "economy", "war", "invalids", "social", "training", "rural", "natural", "resources",
        "construction", "justice",
        "government", "ministry", "department", "embassy", "consulate", "province", "district", "ward", "county", "state",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december",
        "conference", "congress", "assembly", "commission", "office", "bureau", "agency", "affairs", "political", "consultative",
        "university", "college", "institute", "foundation", "federation", "chamber", "company", "corporation",
        "theatre", "theater", "stadium", "museum");

    /// <summary>
    /// Vietnamese administrative units as written, never part of a person's name ("Quận trưởng Quận Guro"); compared
    /// unfolded, since folded they are given names too ("Quận" and "Quân" both fold to "quan").
    /// </summary>
    public static readonly WordSet VietnameseUnitWordsAsWritten = Set("Quận", "Tỉnh", "Huyện", "Phường", "Xã");

    /// <summary>Context words showing a capitalised word refers to a person ("President Ho Chi Minh").</summary>
    public static readonly WordSet PersonPrefixes = Set("president", "general secretary", "prime minister", "mr", "mrs", "ms", "dr", "ong", "ba", "ngai", "dong chi", "chu tich", "tong bi thu", "thu tuong", "bac",
        "st", "saint", "ste"); // "St. Mary's Feast Society": a saint, not Mary in Turkmenistan

    // ---------------------------------------------------------------- people

    /// <summary>Titles of officials (folded), longest first when matched.</summary>
    public static readonly string[] Titles =
    {
        // English
        "ambassador extraordinary and plenipotentiary", "permanent vice chairman", "permanent vice chairwoman", "standing vice chairman", "standing vice chairwoman",
        "standing deputy mayor", "standing vice mayor", "first deputy mayor", "executive vice mayor", "vice chairman",
        "vice chairwoman", "vice chairperson", "deputy chairman", "deputy chairwoman", "chairman", "chairwoman", "chairperson",
        "party chief", "party secretary", "deputy secretary", "secretary general", "general secretary", "secretary",
        "deputy mayor", "vice mayor", "lord mayor", "mayor", "vice governor", "deputy governor", "lieutenant governor",
        "governor", "councillors", "councillor", "councilors", "councilor", "councilwoman", "councilman", "council member",
        "crs", "cr", "ambassador", "consul general", "consul", "deputy director general", "director general", "deputy director", "director", "head",
        "deputy head", "chief", "vice president", "president", "ceo", "deputy minister", "minister", "prime minister",
        "premier", "member", "commissioner", "prefect", "speaker", "deputy speaker", "alderman", "alderwoman",
        "chief executive officer", "chief executive", "city manager", "county executive", "lord provost", "provost", "burgomaster",
        "superintendent", "supt", "gov", "cllr", "city administrator", "administrator", "liaison officer", "officer", "chief of staff",
        "executive director", "counselor", "counsellor", "organizer", "organiser", "coordinator", "co ordinator", "spokesperson", "spokesman", "spokeswoman",
        "general manager", "manager", "vice secretary", "leader", "mayors", "deputy mayors", "vice mayors", "judge", "chair", "coun",
        "vice principal", "principal", "chief representative", "representative",
        "chief librarian", "librarian", "curator", "headmaster", "headmistress",
        // a partner town's own title, left untranslated
        "maire adjoint", "maire", "oberburgermeister", "burgermeister", "sindaco", "alcalde", "khokim", "hokim", "akim",
        // Vietnamese
        "pho chu tich thuong truc", "pho chu tich", "chu tich", "pho bi thu thuong truc", "pho bi thu", "bi thu",
        "pct ubnd", "ct ubnd", "pct hdnd", "ct hdnd", // "PCT UBND tỉnh": Phó Chủ tịch, Chủ tịch as the press abbreviates them
        "tong bi thu", "pho thi truong thuong truc", "pho thi truong", "thi truong", "dai su", "pho tinh truong",
        "tinh truong", "truong doan", "pho truong doan", "pho truong ban", "truong ban", "pho giam doc", "giam doc",
        "pho tong lanh su", "tong lanh su", "pho lanh su", "lanh su", "bo truong", "thu truong", "pho thu tuong", "thu tuong", "uy vien", "tinh uy vien", "thanh uy vien", "huyen uy vien", "quan truong",
        "pho quan truong", "quan pho", "chanh van phong", "tong thu ky", "thi truong thanh pho", "pho thong doc", "thong doc",
        "do truong", "pho do truong", "tong thong", "pho tong thong", "pho hieu truong", "hieu truong", "pho truong khoa", "truong khoa",
        // military ranks before a name ("Trung tướng Vông Sỏn - In Pan Phim")
        "dai tuong", "thuong tuong", "trung tuong", "thieu tuong", "dai ta", "thuong ta", "lieutenant general", "major general",
    };

    /// <summary>Words no sentence ends with: a line ending with one runs on into the next (hard-wrapped text).</summary>
    public static readonly WordSet WrapEndingWords = Set("of", "the", "and", "to", "with", "a", "an", "in", "for", "on", "at", "by", "from", "as", "that", "its", "their", "our");

    /// <summary>Memorials named after someone ("Khu lưu niệm Chủ tịch Hồ Chí Minh", "the statue of President ..."): the title after one names no official present.</summary>
    public static readonly string[] MemorialWords = { "khu luu niem", "nha luu niem", "tuong dai", "den tho", "nha tuong niem", "memorial", "monument", "statue", "bust", "mausoleum" };

    /// <summary>Words that introduce a name without being a role ("Mr", "ông", "đồng chí", "led by", "his Belarusian counterpart").</summary>
    public static readonly string[] Honorifics = { "mr", "mrs", "ms", "madam", "dr", "prof", "ong", "ba", "ngai", "dong chi", "led by", "do ong", "do ba", "counterpart",
        "gs", "pgs", "ts", "ths", // Vietnamese degrees before a name: giáo sư, phó giáo sư, tiến sĩ, thạc sĩ ("GS. Pierre Lemaire", "TS Lê Văn A")
        // Professions and degrees written out before a name ("Professor Pawel Zielinski", "Nurse Lucia Ferrara", "Thầy Lee Sang-woo", "Bác sĩ Trần Văn A")
        "professor", "associate professor", "assistant professor", "nurse", "doctor",
        "giao su", "pho giao su", "tien si", "thac si", "bac si", "dieu duong", "thay", "ky su" };

    /// <summary>Honorifics that may stand before a name ("Mr", "Ông"): a name word after one still starts a name.</summary>
    public static readonly WordSet LeadingHonorifics = Set("mr", "mrs", "ms", "madam", "dr", "prof", "ong", "ba", "ngai", "professor", "nurse", "doctor", "thay", "bac si", "dieu duong");

    /// <summary>
    /// The first words of a Vietnamese department's name ("Sở Du lịch", "Cục Lãnh sự"), as written (diacritics and
    /// capital kept: folded, several are common syllables of other words).
    /// </summary>
    public static readonly WordSet VietnameseDepartmentWords = Set("Sở", "Cục", "Vụ", "Phòng", "Viện", "Bộ", "Ban", "Khoa");

    /// <summary>Words as written that open a Vietnamese organisation's name, never a person's: the departments', and associations, corporations, schools, groups ("Nhóm nghị sĩ").</summary>
    public static readonly WordSet VietnameseOrganisationWords = Set(VietnameseDepartmentWords.Concat(new[] { "Hội", "Tổng", "Trường", "Nhóm" }).ToArray());

    /// <summary>Institutions often named after someone ("Trường THPT Nguyễn Du", "Bệnh viện Chợ Rẫy"), as written: "trưởng" folds as "Trường" does.</summary>
    public static readonly string[] NamesakeInstitutions = { "Trường", "Bệnh viện", "Học viện", "Đại học", "Viện", "Bảo tàng" };

    /// <summary>Vietnamese middle names, as written (folded, "Văn" is the Dutch "van"): a name goes on after one.</summary>
    public static readonly WordSet VietnameseMiddleNames = Set("Thị", "Văn");

    /// <summary>Words before "of" that describe where a place lies rather than name a party ("to the east of Seoul", "the capital of Seoul").</summary>
    public static readonly WordSet RelativeLocationWords = Set("east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
        "capital", "outskirts", "suburbs", "heart", "centre", "center");

    /// <summary>Plural nouns of a locality's partners: a list after "X's sister cities" pairs X with each item ("Little Rock's other sister cities were A, B and C").</summary>
    public static readonly string[] PartnerListNouns = { "sister cities", "sister city", "twin towns", "twin cities", "partner cities", "partner towns", "friendship cities", "sister provinces", "partners",
        "sister city relationships", "sister city relations", "twinning relationships", "partnerships", "international relationships", "twinnings",
        "thanh pho ket nghia", "dia phuong ket nghia", "tinh ket nghia" };

    /// <summary>Possessive pronouns standing for the last sentence's subject ("Its sister cities include ...").</summary>
    public static readonly WordSet PossessiveAnaphors = Set("its");

    /// <summary>Verbs after a partner noun that a list of partners follows ("Its newest partner was Trier", "Its sister cities include ...").</summary>
    public static readonly WordSet PartnerListVerbs = Set("is", "was", "are", "were", "include", "includes", "included");

    /// <summary>Verbs by which a place owns the partners listed after them ("Sacramento has seven sister cities: ...").</summary>
    public static readonly WordSet OwnershipVerbs = Set("has", "have", "had", "maintains", "maintain", "lists", "counts", "co");

    /// <summary>Verbs by which a place is a partner of those listed after it ("Pohang is also a sister city of Fukuyama and Yantai").</summary>
    public static readonly WordSet Copulas = Set("is", "was", "became", "becomes", "remains");

    /// <summary>Adverbs that may stand between a place and its ownership verb ("Fuzhou now has 27 sister cities", "hiện có").</summary>
    public static readonly WordSet OwnershipAdverbs = Set("now", "currently", "also", "already", "still", "hien", "nay", "cung", "da");

    /// <summary>Unit words Vietnamese writes in lower case before a district's number ("tại quận 1", "tai quan 7"); folded, since "quân" before a number is rare.</summary>
    public static readonly WordSet NumberedUnitWords = Set("quan");

    /// <summary>Compass words placing a group of localities in a region of a country ("4 tỉnh Nam Lào", "các tỉnh Bắc Lào").</summary>
    public static readonly WordSet RegionCompassWords = Set("nam", "bac", "northern", "southern", "eastern", "western");

    /// <summary>Titles that name several people ("Crs Jason Shepherd and Carol James").</summary>
    public static readonly WordSet PluralTitles = Set("crs", "councillors", "councilors", "mayors", "deputy mayors", "vice mayors");

    /// <summary>One-word titles and honorifics: a capitalised one is never part of a name.</summary>
    public static readonly WordSet TitleWords = Set("mayor", "chairman", "chairwoman", "governor", "secretary", "ambassador", "president", "councillor",
        "deputy", "vice", "chief", "head", "director", "minister", "cr", "crs", "mr", "mrs", "ms", "dr",
        "member", "ceo", "premier", "consul", "speaker", "commissioner", "alderman", "alderwoman", "councilman", "councilwoman", "mayors", "cllr", "coun");

    /// <summary>Titles too common as plain nouns to anchor "Title Name" without a capital letter.</summary>
    public static readonly WordSet WeakTitles = Set("head", "chief", "member", "director", "president", "secretary", "leader", "speaker", "ceo", "minister", "premier",
        "officer", "administrator", "counselor", "counsellor", "organizer", "organiser", "coordinator", "co ordinator", "spokesperson", "spokesman", "spokeswoman", "manager", "mayors", "judge", "chair",
        "principal", "representative");

    /// <summary>Head words of a venue's name: an event word before one names the venue ("International Conference Hall"); a place's name after a capitalised word is one ("Prestbury Sports Bar").</summary>
    public static readonly WordSet VenueHeads = Set("hall", "center", "centre", "room", "building", "palace", "bar", "pub", "cafe", "hotel", "restaurant");

    /// <summary>Head words of a body whose members speak for it ("Jim Kelly of the Carrigaline Twinning Association").</summary>
    public static readonly WordSet AssociationHeads = Set("association", "society", "committee", "council", "club", "chamber", "foundation",
        "federation", "commission", "board", "trust", "league");

    /// <summary>Titles written as abbreviations: a full stop after one still leads to the name ("Supt. Rita Riddle").</summary>
    public static readonly WordSet AbbreviatedTitles = Set("supt", "gov", "cllr", "cr", "crs", "coun");

    /// <summary>
    /// Lower-case particles inside a name ("Roel de Guzman", "Anna van Berg"), as written: folded, Vietnamese words
    /// ("để", "đến") would match. Not "do", "du", "da", "di": Vietnamese words as written too.
    /// </summary>
    public static readonly WordSet NameParticles = Set("de", "del", "della", "das", "dos", "van", "von", "der", "den", "ter", "ten", "bin", "binti");

    /// <summary>Words inside an organisation phrase between a title and a name ("of the Hanoi People's Committee").</summary>
    public static readonly WordSet OrgWords = Set(
        "of", "the", "s", "people", "peoples", "committee", "council", "party", "municipal", "city", "provincial", "province",
        "district", "ward", "town", "county", "prefecture", "state", "region", "oblast", "government", "administration", "central", "standing",
        "board", "commission", "permanent", "executive", "national", "assembly", "delegation", "department", "economic",
        "zone", "authority", "metropolitan", "capital", "in", "charge", "for", "to", "at", "ubnd", "hdnd", "ub", "mttq",
        "international", "cooperation", "affairs", "foreign", "relations", "office", "affair", "external",
        "former", "then", "a", "an", "organisation", "organization", "friendship", "politburo", "standing", "cpv",
        "prefectural", "interim", "acting", "consulate", "embassy", "post",
        "duma", "legislature", "parliament", // "Chairman of the Vladivostok City Duma Andrei Sokolov": a town's or region's assembly
        "departmental", // "President of the Departmental Council Jean-Marc Lefèvre"
        // nationalities in an organisation's name ("of Chinese Consulate in Laoag")
        "chinese", "vietnamese", "japanese", "korean", "lao", "laotian", "cambodian", "thai", "french", "american", "russian", "german");

    /// <summary>
    /// Vietnamese words of organisation names ("UBND thành phố", "Thành ủy", "Ban Thường vụ"). Many are also
    /// name syllables (Thành, Đồng, Vũ), so they count only written in lower case or followed by a lower-case one.
    /// </summary>
    public static readonly WordSet VietnameseOrgWords = Set(
        "thanh", "pho", "uy", "tinh", "quan", "huyen", "xa", "phuong", "thu", "do", "ban", "thuong", "truc", "vu", "nhan",
        "dan", "hoi", "dong", "tuyen", "giao", "dang", "bo", "so", "cuc", "tai", "cua", "ngoai", "bang", "tp", "chinh", "quyen", "tri",
        "trung", "uong", "quoc", "vien", "lien", "hiep", "cac", "to", "chuc", "huu", "nghi", "phu", "trach", "hop", "tac",
        "te", "doan", "dai", "bieu", "cong", "tac", "su", "mat", "tran", "cach", "mang", "lao", "nuoc", "chdcnd", "khu",
        "kinh", "ve", "va", "thi", "tran");

    /// <summary>Words between a name's comma and its title ("Jane Doe, the Mayor of X", "John Smith, now Governor of Y").</summary>
    public static readonly WordSet WordsBeforeAppositiveTitle = Set("a", "the", "now");

    /// <summary>The first words of the verbs below, which open them ("đầu" alone is also "đầu tư", investment, in a department's name).</summary>
    public static readonly WordSet VietnameseLeadingVerbOpeners = Set("dẫn", "làm");

    /// <summary>
    /// Words as written (diacritics kept) of the verb closing "do ... dẫn đầu" or "làm ...": they end a role, they are not part of
    /// it ("do ông X, Phó Chủ tịch Hội đồng thành phố dẫn đầu").
    /// </summary>
    public static readonly WordSet VietnameseLeadingVerbWords = Set(VietnameseLeadingVerbOpeners.Concat(new[] { "đầu" }).ToArray());

    /// <summary>Words found only in Vietnamese government bodies' names: an unnamed locality beside one is in Vietnam ("UBND thành phố", "HĐND", "Thành ủy").</summary>
    public static readonly WordSet VietnameseGovernmentWords = Set("ubnd", "hdnd", "uy");

    /// <summary>Last words of a role cut short before its organisation's name ("Deputy Director of the").</summary>
    public static readonly WordSet DanglingRoleEnds = Set("of", "the", "cua", "tai");

    /// <summary>Level words between a Vietnamese locality's name and its "People's Committee" ("Thai Nguyen Provincial People's Committee").</summary>
    public static readonly WordSet VietnameseBodyLevels = Set("city", "provincial", "province", "district", "municipal", "town", "ward", "commune");

    /// <summary>Organisation words saying an unnamed locality is a province ("the provincial People's Committee", "Prefectural Assembly").</summary>
    public static readonly WordSet ProvinceOrgWords = Set("provincial", "province", "prefectural");

    /// <summary>Organisation words saying an unnamed locality is a city ("the municipal government", "the capital's People's Council").</summary>
    public static readonly WordSet CityOrgWords = Set("municipal", "city", "capital");

    /// <summary>Vietnamese unit words that stay organisation words capitalised before a lower-case word ("Tỉnh ủy", "Quận ủy", "Huyện ủy").</summary>
    public static readonly WordSet VietnameseUnitWords = Set("quan", "tinh", "huyen");

    /// <summary>Short English words that after a hyphen end a name rather than continue a Korean given name ("Seoul City-run", "Busan City-held"; "Kim Jong-un" goes on).</summary>
    public static readonly WordSet EnglishWordsAfterHyphen = Set("led", "run", "born", "made", "held", "era", "area");

    /// <summary>Words that make the capitalised run before them an organisation's name, not a person's ("Seine-Saint-Denis provincial council").</summary>
    public static readonly WordSet OrgWordsAfterName = Set("city", "provincial", "province", "district", "council", "people", "municipal", "county", "ward");

    /// <summary>Function words among <see cref="OrgWords"/>: going back from a title over organisation words to the place before them stops at one ("Hanoi People's Council Vice Chairwoman").</summary>
    public static readonly WordSet OrgFunctionWords = Set("of", "the", "a", "an", "in", "to", "at", "for");

    // ---------------------------------------------------------------- dates

    /// <summary>Words for a part of the day, as written (any case): "Sáng 26/11", "Chiều cùng ngày", "on Tuesday morning".</summary>
    public static readonly Dictionary<string, Stages.DayPart> DayParts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sáng"] = Stages.DayPart.Morning, ["morning"] = Stages.DayPart.Morning,
        ["trưa"] = Stages.DayPart.Afternoon, ["chiều"] = Stages.DayPart.Afternoon, ["noon"] = Stages.DayPart.Afternoon, ["afternoon"] = Stages.DayPart.Afternoon,
        ["tối"] = Stages.DayPart.Evening, ["đêm"] = Stages.DayPart.Evening, ["evening"] = Stages.DayPart.Evening, ["night"] = Stages.DayPart.Evening,
    };

    public static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Weekdays as <see cref="DayOfWeek"/> numbers (English and Vietnamese "thứ hai" = Monday).</summary>
    public static readonly Dictionary<string, int> Weekdays = new(StringComparer.Ordinal)
    {
        ["sunday"] = 0, ["sun"] = 0, ["monday"] = 1, ["mon"] = 1, ["tuesday"] = 2, ["tue"] = 2, ["tues"] = 2,
        ["wednesday"] = 3, ["wed"] = 3, ["thursday"] = 4, ["thu"] = 4, ["thurs"] = 4, ["friday"] = 5, ["fri"] = 5,
        ["saturday"] = 6, ["sat"] = 6, ["chu nhat"] = 0, ["thu hai"] = 1, ["thu ba"] = 2, ["thu tu"] = 3, ["thu nam"] = 4,
        ["thu sau"] = 5, ["thu bay"] = 6,
    };

    /// <summary>
    /// The words a date can start at (DateFinder.TryAt reads dates at these and at numbers; keep in step with it): relative
    /// days ("today", "hôm qua", "năm nay", "this", "last", "next", "tháng", "tuần"), months and weekdays.
    /// </summary>
    public static readonly WordSet DateStartWords = Set(
        new[] { "today", "nay", "yesterday", "qua", "tomorrow", "mai", "nam", "this", "thu", "chu", "last", "next", "following", "later", "sau", "thang", "tuan", "earlier", "has", "have", "cung", "same", "that" }.Concat(Months.Keys).Concat(Weekdays.Keys).ToArray());

    /// <summary>
    /// Words a programme line's head is made of besides numbers and punctuation (<see cref="Stages.ProgrammeLine"/>): weekdays
    /// ("Monday", "thứ Năm", "Wed"), months, parts of the day, clock letters ("10 a.m.", "8h30", "9 giờ") and "Day 2".
    /// </summary>
    public static readonly WordSet ProgrammeHeadWords = Set(
        new[] { "thu", "hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat", "ngay", "day", "cung", "sang", "chieu", "toi", "trua", "dem",
            "morning", "afternoon", "evening", "noon", "night", "midday", "a", "p", "m", "am", "pm", "h", "gio", "luc", "at", "from", "to",
            "den", "and", "va" }.Concat(Months.Keys).Concat(Weekdays.Keys.Where(k => k.IndexOf(' ') < 0)).ToArray());

    /// <summary>Words of an invitation, whose month with no year is the coming one ("invited ... to the farm show in July").</summary>
    public static readonly WordSet InvitationWords = Set("invited", "invites", "invite", "invitation");

    /// <summary>Words after "that" naming the day just told of, or a part of it ("later that day", "that evening").</summary>
    public static readonly WordSet ThatDayWords = Set("day", "morning", "afternoon", "evening", "night");

    /// <summary>
    /// Head words of an occasion told before, opening a sentence that says how long it lasts ("The week, running until July
    /// 31", "Tuần lễ kéo dài đến ngày 31/7", "Chương trình diễn ra đến hết ngày 7/10").
    /// </summary>
    public static readonly string[] OccasionsToldBefore =
    {
        "the week", "the festival", "the event", "the exhibition", "the fair", "the programme", "the program", "the culture days",
        "the expo", "the carnival", "tuan le", "tuan van hoa", "chuong trinh", "le hoi", "ngay hoi", "trien lam", "lien hoan", "nhung ngay",
    };

    /// <summary>Last words of a named day ("War Invalids and Martyrs Day", "the Day of National Rebellion"): no place's name.</summary>
    public static readonly WordSet NamedDayWords = Set("day", "days");

    /// <summary>Words of a number of days before "later" counting on from the day just told of ("a day later", "two days later").</summary>
    public static readonly Dictionary<string, int> DaysLater = new(StringComparer.Ordinal) { ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3 };

    /// <summary>Vietnamese words that introduce a day/month numeric date ("Ngày 17/2", "Chiều 14-5").</summary>
    public static readonly WordSet VietnameseDayWords = Set("ngay", "sang", "chieu", "toi", "trua", "dem", "hom", "tu", "den", "nay", "vao", "khuya");

    /// <summary>Words of a part of a month before it ("in mid-September", "in early May"): the date is the month's.</summary>
    public static readonly WordSet PartsOfAMonth = Set("mid", "early", "late");

    /// <summary>Parts of the day that after "this" mean the dateline's day ("earlier this morning").</summary>
    public static readonly WordSet PartsOfTheDay = Set("morning", "afternoon", "evening");

    /// <summary>
    /// Days of a stay counted from its first ("On its first day, the delegation called on ...", "Ngày thứ hai, đoàn ..."):
    /// the phrase and how many days after the visit's start it falls; <see cref="LastDayOfAStay"/> for its last day.
    /// </summary>
    public static readonly Dictionary<string, int> DaysOfAStay = new(StringComparer.Ordinal)
    {
        ["first day"] = 0, ["second day"] = 1, ["third day"] = 2, ["opening day"] = 0,
        ["ngay dau tien"] = 0, ["ngay thu hai"] = 1, ["ngay thu ba"] = 2,
        ["last day"] = LastDayOfAStay, ["final day"] = LastDayOfAStay, ["ngay cuoi"] = LastDayOfAStay,
    };

    /// <summary>The offset in <see cref="DaysOfAStay"/> of a stay's last day ("On the last day of the trip").</summary>
    public const int LastDayOfAStay = -1;

    /// <summary>Vietnamese words that with "nay" after them mean the dateline's day ("hôm nay", "sáng nay", "trưa nay"), with "qua" the day before ("tối qua", "đêm qua"), with "mai" the day after ("sáng mai").</summary>
    public static readonly WordSet VietnameseWordsBeforeNay = Set("hom", "sang", "chieu", "toi", "trua", "dem");

    /// <summary>Words before a date (maybe with "on", "in", "trong", "vào" between) telling of another thing on a day already told ("Also on Tuesday", "Cũng trong chiều qua").</summary>
    public static readonly WordSet AlsoWords = Set("also", "cung");

    /// <summary>Vietnamese times of day and date words that make a lower-case "thứ hai" a weekday ("sáng thứ hai"), not an ordinal ("lần thứ hai").</summary>
    public static readonly WordSet VietnameseWeekdayLeads = Set("sang", "chieu", "toi", "trua", "vao", "ngay", "dem");

    /// <summary>English ordinal suffixes, which the tokenizer splits from their number ("22nd", "20th anniversary").</summary>
    public static readonly WordSet OrdinalSuffixes = Set("st", "nd", "rd", "th");

    /// <summary>Words joining a date range's first day to its last ("August 14 to 23", "May 3 through 5").</summary>
    public static readonly WordSet DateRangeWords = Set("to", "through", "until");

    // ---------------------------------------------------------------- partnerships

    /// <summary>Words that say two localities cooperate.</summary>
    public static readonly string[] CooperationCues =
    {
        "cooperation", "co operation", "cooperate", "cooperating", "cooperative", "co operative", "co operate", "collaboration",
        "cooperated", "cooperates", "co operated", "collaborated", "collaborates", "collaborating",
        "collaborate", "partnership", "partnerships", "partner", "partners", "sister city", "sister cities", "sister", "twin",
        "twinning", "twinned", "twin town", "friendship", "ties", "relations", "relationship", "relationships", "agreement",
        "friendly relation", "sisterhood", // "relation" alone is as often "in relation to"
        "added links", "forged links", "formed links", "established links", // "links" alone are as often transport links
        "agreements", "memorandum of understanding", "memo of understanding", "memorandum", "mou", "letter of intent", "were paired", "was paired", "partnered",
        "hop tac", "ket nghia", "huu nghi", "quan he", "bien ban ghi nho", "thoa thuan", "doi tac", "giao luu", "ghi nho",
    };

    /// <summary>Institutions twinned with their like abroad ("a sister museum", "twin schools"): their places are no partners.</summary>
    public static readonly WordSet TwinnedInstitutionNouns = Set("museum", "museums", "school", "schools", "university", "universities", "college",
        "colleges", "hospital", "hospitals", "library", "libraries", "zoo", "zoos", "park", "parks", "port", "ports", "airport", "airports",
        "club", "clubs", "church", "churches", "company", "companies", "newspaper", "newspapers", "orchestra", "orchestras", "ship", "ships");

    /// <summary>Cues specific enough to pair two localities named anywhere in the same sentence.</summary>
    public static readonly string[] StrongCooperationCues =
    {
        "sister city", "sister cities", "sister", "twin", "twinning", "twinned", "twin town", "memorandum of understanding", "memo of understanding",
        "mou", "ket nghia", "bien ban ghi nho", "friendship and cooperation", "cooperation agreement", "letter of intent",
        "were paired", "was paired", // "Addis Ababa and Khartoum were paired on 25 December 2010"
        "partner city", "partner cities", "partner town", "partner towns", "friendship city", "friendship cities", "twin city", "twin cities",
        "friendly city", "friendly cities", "friendly cooperation city", "friendly cooperation cities", // China's "友好城市", "友好合作城市"
        "partnered", // "Linz, Kharkiv's partner city in Austria", "Bordeaux has been partnered with Bristol"
    };

    /// <summary>
    /// The kind of locality a pair anaphor's last word names ("the two provinces"); anaphors ending otherwise ("both
    /// sides", "hai bên") name any pair. Villages and towns are written as cities or communes.
    /// </summary>
    public static readonly Dictionary<string, string> PairAnaphorNouns = new(StringComparer.Ordinal)
    {
        ["cities"] = "city", ["capitals"] = "city", ["towns"] = "city", ["villages"] = "city", ["thanh pho"] = "city", ["thu do"] = "city",
        ["provinces"] = "province", ["tinh"] = "province", ["districts"] = "district", ["quan"] = "district", ["huyen"] = "district",
    };

    /// <summary>Words before "N years of" that make the years a relation's age ("celebrated 48 years of friendship"), not a plan's.</summary>
    public static readonly WordSet YearsOfTieOpeners = Set("celebrate", "celebrates", "celebrated", "celebrating", "mark", "marks", "marked",
        "marking", "commemorate", "commemorates", "commemorated", "commemorating", "after", "over");

    /// <summary>Phrases naming some members of a group just counted ("43 localities, including X and Y", "trong đó có").</summary>
    public static readonly string[] InclusionIntroducers = { "including", "among them", "among which", "such as", "trong do co", "bao gom", "gom" };

    /// <summary>Words before a delegation's leader ("a delegation led by Mayor X").</summary>
    public static readonly string[] LeaderBeforeName = { "led by", "headed by" };

    /// <summary>Words after a delegation's leader ("đoàn ... do Bí thư X dẫn đầu", "do ông X làm trưởng đoàn").</summary>
    public static readonly string[] LeaderAfterName = { "dan dau", "truong doan" };

    /// <summary>Words of a diplomat's title: a diplomat leading a delegation is not of its locality.</summary>
    public static readonly WordSet DiplomatTitleWords = Set("ambassador", "consul", "envoy", "attache", "dai su", "lanh su");

    /// <summary>"Ambassador", "Consul General", "Đại sứ": a role whose holder represents a country, not a locality.</summary>
    internal static bool IsDiplomatRole(string role)
    {
        string spaced = " " + Text.Folding.Fold(role) + " ";
        foreach (var words in DiplomatTitleWords)
            if (spaced.IndexOf(" " + words + " ", StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>A diplomatic mission: like a diplomat's title, its "in X" / "tại X" names a post, not where an event is.</summary>
    public static readonly WordSet DiplomaticMissionWords = Set("consulate", "embassy");

    /// <summary>Nouns for localities of any kind in a pair anaphor ("the two localities", "hai địa phương").</summary>
    public static readonly WordSet LocalityPairNouns = Set("localities", "communities", "councils", "dia phuong");

    /// <summary>Anaphors for the article's two partner localities.</summary>
    public static readonly string[] PairAnaphors =
    {
        "the two cities", "both cities", "the cities", "the two sides", "both sides", "two sides", "the two capitals", "two capitals",
        "the two localities", "two localities", "the two provinces", "two provinces", "the two districts", "the two councils",
        "two cities", "the two towns", "two towns", "both towns", "the two villages", "two villages", "the two communities", "hai thanh pho", "hai ben", "hai dia phuong", "hai thu do", "hai tinh", "hai quan", "hai huyen", "2 thanh pho",
        "hai don vi", "the two mayors", "both mayors", "the two governors", "the two officials", "both officials", "the two leaders", "both leaders",
        "hai lanh dao",
    };

    /// <summary>Cues for the year a relation began: the year follows within a few words.</summary>
    public static readonly string[] SinceCues = { "since", "tu nam", "thiet lap", "ket nghia", "established", "establishing", "began", "begun", "started", "twinned", "set up", "founded", "formed", "embarked upon", "embarked on",
        "became sister", "became twin", "became friendship", "became partner", "became partners", "became", "were paired", "was paired",
        "dates back to", "date back to", "dating back to", "goes back to", "go back to", "traces back to", "trace back to", "formalised", "formalized" };

    /// <summary>Since cues that, right after a date, make it the start of the relation ("on January 3, 2012 establishing a sister city relationship").</summary>
    public static readonly WordSet EstablishingSinceCues = Set("establishing", "established", "thiet lap");

    /// <summary>Vietnamese past markers as written ("đã"; its fold "da" is also "đá", "da").</summary>
    public static readonly WordSet PastMarkersAsWritten = Set("đã");

    /// <summary>Nouns of a programme's term: a year after one is not when the relation began ("for the period 2024-2029"; "giai đoạn" is matched as a phrase).</summary>
    public static readonly WordSet TermNouns = Set("period", "phase", "term");

    /// <summary>Relations between states, not localities: "thiết lập quan hệ ngoại giao (24/6/1967)" dates no partnership.</summary>
    public static readonly string[] StateRelationCues = { "ngoai giao", "diplomatic" };

    /// <summary>Words not counted in the window of words before a date ("in the year", "vào năm").</summary>
    public static readonly WordSet WordsNotCountedBeforeDate = Set("nam", "vao", "in", "on", "the", "year");

    /// <summary>Lower-case words that may stand between "since" and its year when the year is the relation's ("since the formal signing in", "since their twinning in").</summary>
    public static readonly WordSet RelationWordsBeforeYear = Set(
        "the", "its", "their", "our", "then", "year", "early", "late", "mid", "in", "of", "a", "an", "two",
        "first", "formal", "formally", "official", "officially", "establishment", "founding", "foundation", "signing",
        "city", "cities", "town", "towns", "sister", "twin", "nam", "tu");

    /// <summary>
    /// Times too vague to date an event ("visited Kagoshima last week") or a habit ("every summer"): a lead saying one is
    /// not dated by the dateline.
    /// </summary>
    public static readonly string[] VagueTimeCues = { "last week", "this week", "earlier this week", "earlier this month", "last weekend", "recently",
        "every year", "every summer", "every spring", "every autumn", "every winter", "each year", "annually",
        "tuan truoc", "tuan qua", "gan day", "moi day", "hang nam", "moi nam" };

    /// <summary>Words right before a signing verb that say the signing has not happened ("will sign", "to sign", "sẽ ký").</summary>
    public static readonly WordSet FutureOrInfinitiveMarkers = Set("will", "to", "se", "towards", "toward");

    /// <summary>Openings of a sentence about the article's one relation, none of whose places it names ("The Sister City relationship was formalised in 2009").</summary>
    public static readonly string[] RelationAnaphors = { "the sister city relationship", "the sister cities relationship", "the twin city relationship",
        "the twinning relationship", "the sister city partnership", "the relationship", "the partnership", "the twinning" };

    /// <summary>Openings of a sentence listing the rest of a town's partners ("The other cities are ...").</summary>
    public static readonly string[] OtherPartnersOpeners = { "other cities are", "other cities include", "other towns are", "other sister cities are", "other sister cities include", "other twin towns are", "other partners are" };

    /// <summary>
    /// Openings of a sentence listing the partners a town was just said to count ("Leipzig maintains partnerships with 14
    /// cities. The oldest is with Brno ...; others include Lyon"): read only right after such a count, they are too common otherwise.
    /// </summary>
    public static readonly string[] PartnerListOpeners = { "the oldest", "the first", "the newest", "the latest", "the most recent", "among them",
        "among these", "they include", "they are", "these include", "these are", "others include", "trong do", "do la", "gom", "bao gom" };

    /// <summary>Nouns a town's count of partners is given in ("14 cities", "45 địa phương"), after <see cref="PartnerListNouns"/>'s own.</summary>
    public static readonly string[] PartnerCountNouns = { "cities", "towns", "localities", "municipalities", "provinces", "partners", "sister cities",
        "twin towns", "twin cities", "partner cities", "partner towns", "friendship cities", "thanh pho", "dia phuong", "tinh" };

    /// <summary>Numbers written as words ("eight sister cities", "a five-day visit").</summary>
    public static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50,
    };

    /// <summary>Nouns of a stay: its length in days is given before them ("a five-day working visit", "a two-week homestay"), its days "of" them ("the last day of the trip").</summary>
    public static readonly WordSet StayNouns = Set("visit", "trip", "tour", "mission", "stay", "homestay", "journey");

    /// <summary>Prepositions a journey's destination or an event's place follows ("travel to Ejisu", "tới thành phố Łódź").</summary>
    public static readonly WordSet DestinationPrepositions = Set("to", "in", "at", "into", "tai", "toi", "den", "o", "sang");

    /// <summary>Counts given without a number ("several sister cities", "dozens of partners").</summary>
    public static readonly WordSet VagueCounts = Set("several", "dozens", "numerous");

    /// <summary>Words right before a partner town's name in a sentence about twinning ("being joined with Choisy-au-Bac").</summary>
    public static readonly WordSet PartnerIntroducers = Set("with", "voi");

    /// <summary>Words right after a town's name that make it one side of a twinning ("Tetbury is twinned with", "Tetbury's twinning").</summary>
    public static readonly string[] TwinnedAfterName = { "is twinned", "was twinned", "are twinned", "has been twinned", "have been twinned", "s twinning" };

    /// <summary>Words joining two partner localities ("Hanoi and Paris", "Huế với Kyoto").</summary>
    public static readonly WordSet PairConnectors = Set("and", "va", "voi", "with");

    /// <summary>
    /// Words that may stand between two coordinated partners besides organisation words and countries ("the two capitals
    /// of Hanoi and Vientiane", "Trùng Khánh trên đất liền Trung Quốc và Incheon"): counts, unit words, regions.
    /// </summary>
    public static readonly WordSet PairGlueWords = Set(
        "two", "hai", "cities", "capital", "capitals", "provinces", "districts", "councils", "region", "oblast",
        "mekong", "delta", "northern", "southern", "the", "of", "ward", "ku", "thu", "do", "quan",
        "tinh", "thanh", "pho", "tp", "tren", "dat", "lien", "mainland",
        "thuoc", "cum", "thon", "villages", "communes", // "bản X (thuộc cụm bản Y) và bản Z": a village's address between list items
        "chau"); // "tỉnh Lào Cai và châu Hồng Hà": a Chinese autonomous prefecture

    /// <summary>
    /// China's autonomous units as Vietnamese and English write them before or after the name ("Khu tự trị dân tộc Choang
    /// Quảng Tây", "châu tự trị dân tộc Hà Nhì - Di Hồng Hà"): glue between partners, longest first.
    /// </summary>
    public static readonly string[] AutonomousUnitWords =
    {
        "khu tu tri dan toc choang", "khu tu tri dan toc hoi", "khu tu tri duy ngo nhi", "khu tu tri tay tang", "khu tu tri noi mong", "khu tu tri",
        "chau tu tri dan toc ha nhi di", "chau tu tri dan toc thai", "chau tu tri dan toc choang miao", "chau tu tri dan toc", "chau tu tri",
        "zhuang autonomous region", "autonomous region", "autonomous prefecture",
    };

    /// <summary>Vietnamese unit words that are glue between partners even capitalised ("Hà Nội và Huyện Gia Lâm"); all but "huyen" are in <see cref="PairGlueWords"/> too.</summary>
    public static readonly WordSet CapitalisedPairGlueWords = Set("thu", "do", "tinh", "quan", "huyen");

    /// <summary>Signing verbs: with an agreement noun and a year, the year is when the relation was signed.</summary>
    public static readonly string[] SigningVerbs = { "signed", "sign", "signs", "signing", "inked", "ink", "inks", "ky ket", "ky", "da ky", "formalised", "formalized" };

    /// <summary>Agreements that found a relation ("a sister city agreement", "kết nghĩa"), unlike one more cooperation agreement or MoU.</summary>
    public static readonly string[] FoundingAgreementCues = { "sister city", "sister cities", "twinning", "twin city", "twin cities", "twin town", "friendship agreement", "ket nghia",
        "friendship city", "friendship cities", "friendship pact", "sisterhood agreement", "sisterhood pact" };

    /// <summary>Words saying a signing renews an older relation ("signed the renewed sister city agreement").</summary>
    public static readonly WordSet RenewalWords = Set("renew", "renews", "renewed", "renewing", "renewal", "reaffirm", "reaffirmed", "reaffirming", "reaffirmation", "extend", "extended", "extending");

    public static readonly string[] NegotiatingCues = { "negotiation", "negotiations", "negotiating", "being finalized", "being finalised", "finalized by", "towards signing", "toward signing", "impending", "dam phan", "dang hoan thien" };

    public static readonly string[] ProposedCues =
    {
        "should strengthen", "proposed", "proposes", "propose", "proposal", "suggested", "suggest", "hope to establish", "hopes to establish",
        "hope for the establishment", "establishment of a formal", "would like to establish", "wish to establish", "plan to establish",
        "de xuat", "mong muon thiet lap", "huong toi thiet lap", "xuc tien thiet lap", "de nghi thiet lap",
    };

    /// <summary>A proposal to go on with cooperation is no proposed relation ("đề xuất hai địa phương tiếp tục tăng cường hợp tác").</summary>
    public static readonly string[] ContinuationCues = { "tiep tuc", "continue", "continuing", "continued" };

    /// <summary>Fields of cooperation: folded cue → the field's English name.</summary>
    public static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["education"] = "education", ["educational"] = "education", ["training"] = "training", ["culture"] = "culture",
        ["cultural"] = "culture", ["cultural heritage"] = "cultural heritage preservation", ["heritage"] = "cultural heritage preservation",
        ["health care"] = "health care", ["healthcare"] = "health care", ["health"] = "health care", ["medicine"] = "medicine",
        ["tourism"] = "tourism", ["trade"] = "trade", ["investment"] = "investment", ["environment"] = "environment",
        ["environmental"] = "environment", ["transport"] = "transport", ["transportation"] = "transport", ["traffic"] = "transport",
        ["urban planning"] = "urban planning", ["urban development"] = "urban development", ["agriculture"] = "agriculture",
        ["smart city"] = "smart city", ["technology"] = "technology", ["science"] = "science", ["law"] = "law",
        ["architecture"] = "architecture", ["economic"] = "economy", ["economy"] = "economy", ["people to people"] = "people-to-people exchange",
        ["wastewater"] = "wastewater treatment", ["waste treatment"] = "waste treatment", ["water supply"] = "water supply",
        ["youth"] = "youth", ["sports"] = "sports", ["legislative"] = "legislative work", ["infrastructure"] = "infrastructure",
        ["energy"] = "energy",
        ["giao duc"] = "education", ["van hoa"] = "culture", ["y te"] = "health care", ["du lich"] = "tourism",
        ["thuong mai"] = "trade", ["dau tu"] = "investment", ["moi truong"] = "environment", ["giao thong"] = "transport",
        ["nong nghiep"] = "agriculture", ["quy hoach"] = "urban planning", ["kinh te"] = "economy", ["khoa hoc"] = "science",
        ["cong nghe"] = "technology", ["dao tao"] = "training", ["the thao"] = "sports", ["do thi"] = "urban development",
        ["trao doi doan"] = "delegation exchange", ["tai thiet"] = "reconstruction", ["truong hoc"] = "schools",
    };

    // ---------------------------------------------------------------- events

    /// <summary>The occasions of <see cref="OccasionsOnlyInAName"/> (declared before <see cref="OccasionPhrases"/>, which reads them).</summary>
    private static readonly string[] OccasionNamesOnly = { "fair", "week", "tuan le", "tuan hang" };

    /// <summary>
    /// Festivals, fairs, exhibitions, culture weeks, courses, ceremonies, matches: the <see cref="EventTriggers"/> of kind other
    /// that are events of their own only in a sentence that names no other event (<see cref="OccasionTriggers"/>).
    /// </summary>
    private static readonly string[] OccasionPhrases = new[]
    {
        "festival", "carnival", "expo", "exhibition", "culture week", "cultural week", "culture days", "cultural days", "culture day",
        "cultural day", "trade fair", "travel fair",
        "le hoi", "ngay hoi", "lien hoan", "tuan van hoa", "tuan le van hoa", "ngay van hoa", "hoi cho", "trien lam",
        // A course's opening or closing, a handover, a launch, a promotion week, an exchange, a match, a run, a free clinic.
        "training course", "training class", "opening ceremony", "closing ceremony", "launching ceremony", "launch ceremony",
        "handover ceremony", "turnover ceremony", "donation ceremony", "handed over", "groundbreaking ceremony", "promotion week", "tourism week", "film week", "friendly match",
        "friendship match", "football match", "friendly game", "friendship game", "softball game", "baseball game", "football game", "basketball game",
        "tournament", "marathon", "concert", "friendship run", "boat race", "regatta", "main celebration", "anniversary celebration",
        "lop tap huan", "khoa tap huan", "lop dao tao", "khoa dao tao", "le khai mac", "khai mac", "le be mac", "be mac",
        "le khai giang", "khai giang", "le be giang", "be giang", "le ban giao", "le ra mat", "le phat dong", "le khoi cong",
        "tuan le quang ba", "tuan le du lich", "giao luu van hoa", "chuong trinh giao luu", "to chuc chuong trinh giao luu", "buoi giao luu", "dem giao luu", "giao luu huu nghi", "tran giao huu", "giai bong da",
        "giai chay", "giai dua thuyen", "kham sang loc", "kham benh mien phi", "kham chua benh mien phi",
        // A summer camp, a concert.
        "trai he", "hoa nhac",
        // A tree planting, a scholarship or award ceremony, a groundbreaking, a welcome, free checkups, a training given, a
        // gift or an order handed over, a funeral attended.
        "tree planting", "tree planting ceremony", "scholarship ceremony", "scholarship award ceremony", "award ceremony", "awarding ceremony",
        "groundbreaking", "welcome ceremony", "medical checkup", "medical checkups", "health checkup", "health checkups",
        "le trong cay", "trao hoc bong", "le trao hoc bong", "trao tang huan chuong", "trao huan chuong", "kham benh",
        "tap huan cho", "ban giao", "le tang", "trao qua", "tang qua",
        // "attended the opening of a cross-border farm-produce market".
        "opening of",
        // A route's first flight, welcomed on landing.
        "first flight", "first direct flight", "inaugural flight", "maiden flight", "le don chuyen bay", "chuyen bay dau tien", "chuyen bay thang dau tien",
    }.Concat(OccasionNamesOnly).ToArray();

    /// <summary>
    /// Occasions that are one only in a name, capitalised: "the Christmas Fair" (not "a fair price"), "Tien Giang Goods Week"
    /// after another capitalised word (not "this week"), "Tuần lễ sản phẩm OCOP", "Tuần hàng Việt" (not "trong tuần lễ qua").
    /// </summary>
    public static readonly WordSet OccasionsOnlyInAName = Set(OccasionNamesOnly);

    /// <summary>Event triggers (folded) and the kind they announce.</summary>
    public static readonly KeyValuePair<string, string>[] EventTriggers = new[]
    {
        Pair("signing ceremony", EventKinds.Signing), Pair("signing", EventKinds.Signing), Pair("signed", EventKinds.Signing),
        Pair("sign", EventKinds.Signing), Pair("signs", EventKinds.Signing), Pair("inked", EventKinds.Signing), Pair("inks", EventKinds.Signing), Pair("sealed", EventKinds.Signing),
        Pair("conclude", EventKinds.Signing), Pair("concludes", EventKinds.Signing), Pair("concluded", EventKinds.Signing),
        Pair("concluding", EventKinds.Signing), Pair("conclusion ceremony", EventKinds.Signing),
        Pair("became sister", EventKinds.Signing), Pair("became the sister", EventKinds.Signing), Pair("became twin", EventKinds.Signing),
        Pair("became friendship", EventKinds.Signing), Pair("became partner", EventKinds.Signing),
        Pair("put their signatures", EventKinds.Signing), Pair("affixed their signatures", EventKinds.Signing),
        Pair("were paired", EventKinds.Signing), Pair("was paired", EventKinds.Signing),
        Pair("entered into a", EventKinds.Signing), Pair("entered into an", EventKinds.Signing), // "entered into a twinning agreement"; not "entered into force"
        Pair("le ky", EventKinds.Signing), Pair("ky ket", EventKinds.Signing), Pair("da ky", EventKinds.Signing), Pair("se ky", EventKinds.Signing),
        Pair("ky thoa thuan", EventKinds.Signing), Pair("ky bien ban", EventKinds.Signing), Pair("ky ban ghi nho", EventKinds.Signing),
        Pair("le ket nghia", EventKinds.Signing), Pair("chinh thuc ket nghia", EventKinds.Signing), // a twinning ceremony; "đã chính thức kết nghĩa với"
        Pair("conference", EventKinds.Conference), Pair("summit", EventKinds.Conference), Pair("forum", EventKinds.Conference),
        Pair("symposium", EventKinds.Conference), Pair("hoi nghi", EventKinds.Conference), Pair("dien dan", EventKinds.Conference),
        Pair("hoi thao", EventKinds.Conference), Pair("matching session", EventKinds.Conference), Pair("matching sessions", EventKinds.Conference), // "a business-matching session"
        Pair("working session", EventKinds.Meeting), Pair("working sessions", EventKinds.Meeting), Pair("meeting", EventKinds.Meeting),
        Pair("met", EventKinds.Meeting), Pair("meets", EventKinds.Meeting), Pair("received", EventKinds.Meeting),
        Pair("receives", EventKinds.Meeting), Pair("hosted", EventKinds.Meeting), Pair("hosts", EventKinds.Meeting),
        Pair("talks", EventKinds.Meeting), Pair("reception", EventKinds.Meeting), Pair("general assembly", EventKinds.Meeting), Pair("assembly", EventKinds.Meeting),
        Pair("worked with", EventKinds.Meeting), Pair("buoi lam viec", EventKinds.Meeting), Pair("lam viec voi", EventKinds.Meeting),
        Pair("hoi dam", EventKinds.Meeting), Pair("le tong ket", EventKinds.Meeting), Pair("hoi nghi tong ket", EventKinds.Meeting), Pair("to chuc chuong trinh", EventKinds.Meeting), Pair("hoi kien", EventKinds.Meeting), Pair("tiep", EventKinds.Meeting),
        Pair("chao xa giao", EventKinds.Meeting), Pair("tiep xa giao", EventKinds.Meeting), Pair("courtesy call", EventKinds.Meeting), Pair("courtesy visit", EventKinds.Meeting),
        Pair("called on", EventKinds.Meeting), Pair("calls on", EventKinds.Meeting), // only on an official, not "called on X to act" (EventFinder)
        Pair("tiep don", EventKinds.Meeting), Pair("cuoc hop", EventKinds.Meeting), Pair("chieu dai", EventKinds.Meeting), Pair("gap go", EventKinds.Meeting), Pair("gap mat", EventKinds.Meeting),
        Pair("tiep va lam viec", EventKinds.Meeting), Pair("voted", EventKinds.Meeting), Pair("approved", EventKinds.Meeting),
        Pair("adopted", EventKinds.Meeting),
        Pair("welcomed", EventKinds.Visit), Pair("welcomes", EventKinds.Visit), // only with guests after it (EventFinder)
        Pair("visit", EventKinds.Visit), Pair("visits", EventKinds.Visit), Pair("visited", EventKinds.Visit),
        Pair("visiting", EventKinds.Visit), Pair("trip", EventKinds.Visit), Pair("fly to", EventKinds.Visit), Pair("delegation to", EventKinds.Visit), // "will lead a delegation to X"
        Pair("travel to", EventKinds.Visit), Pair("traveled to", EventKinds.Visit), Pair("travelled to", EventKinds.Visit),
        Pair("lands", EventKinds.Visit), Pair("landed", EventKinds.Visit), Pair("land", EventKinds.Visit), // a delegation's (EventFinder)
        Pair("flew in", EventKinds.Visit), Pair("flies in", EventKinds.Visit), // likewise: "who flew in with a six-member delegation"
        Pair("arrived in", EventKinds.Visit), Pair("arrives in", EventKinds.Visit), Pair("arrived at", EventKinds.Visit), Pair("arrives at", EventKinds.Visit), Pair("tour", EventKinds.Visit), Pair("toured", EventKinds.Visit), Pair("chuyen tham", EventKinds.Visit),
        Pair("tham va lam viec", EventKinds.Visit), Pair("tham lam viec", EventKinds.Visit), Pair("lam viec tai", EventKinds.Visit),
        Pair("trao thoa thuan", EventKinds.Signing), Pair("trao ban thoa thuan", EventKinds.Signing), Pair("trao bien ban", EventKinds.Signing), Pair("trao ban ghi nho", EventKinds.Signing), Pair("chuyen cong tac", EventKinds.Visit),
        Pair("sang tham", EventKinds.Visit), Pair("toi tham", EventKinds.Visit), Pair("den tham", EventKinds.Visit),
        Pair("den chuc tet", EventKinds.Visit), Pair("sang chuc tet", EventKinds.Visit), // came to give New Year greetings in person
        Pair("da den", EventKinds.Visit), Pair("se den", EventKinds.Visit), Pair("doan den", EventKinds.Visit), // a delegation's, to a place (EventFinder)
        Pair("da sang", EventKinds.Visit), Pair("se sang", EventKinds.Visit), // "đoàn ... đã sang Prey Veng": went over to a place abroad, likewise
        // "Sáng 9/5, đoàn tham quan làng hoa ... tại TP Đà Lạt": the delegation as the subject makes a day's sightseeing a visit
        // (OutingTriggers).
        Pair("doan tham", EventKinds.Visit), Pair("doan tham quan", EventKinds.Visit), Pair("doan khao sat", EventKinds.Visit),
        Pair("di tham", EventKinds.Visit), Pair("di tham quan", EventKinds.Visit), Pair("di khao sat", EventKinds.Visit), // "đoàn ... đi thăm mô hình ..."
        Pair("da khao sat", EventKinds.Visit), Pair("se khao sat", EventKinds.Visit), // "đoàn công tác châu Hồng Hà đã khảo sát khu vực cửa khẩu" (the party before it)
        Pair("will be in", EventKinds.Visit), Pair("will stay in", EventKinds.Visit), Pair("will remain in", EventKinds.Visit), // a travelling party's (StayTriggers)
        Pair("is staying in", EventKinds.Visit), Pair("are staying in", EventKinds.Visit), Pair("is in", EventKinds.Visit), Pair("are in", EventKinds.Visit),
        Pair("was in", EventKinds.Visit), Pair("were in", EventKinds.Visit), Pair("stayed in", EventKinds.Visit), Pair("stays in", EventKinds.Visit), Pair("se o lai", EventKinds.Visit), Pair("o lai", EventKinds.Visit),
        Pair("spent", EventKinds.Visit), // "the delegation spent four days in Sligo": a travelling party's time in a place (EventFinder)
        Pair("da gap", EventKinds.Meeting), Pair("se gap", EventKinds.Meeting), // an official (EventFinder); not "đã gặp khó khăn"
        Pair("chuyen tham va lam viec", EventKinds.Visit), Pair("da tham", EventKinds.Visit), Pair("se tham", EventKinds.Visit),
        Pair("dang tham", EventKinds.Visit), Pair("don doan", EventKinds.Visit), Pair("le don", EventKinds.Visit),
        // Ceremonies of the relation that are none of the above: inaugurations, unveilings, anniversary celebrations.
        Pair("le trao tang", EventKinds.Other), Pair("le khanh thanh", EventKinds.Other), Pair("le tiep nhan", EventKinds.Other), Pair("le ky niem", EventKinds.Other),
        Pair("dang hoa", EventKinds.Other), Pair("dang huong", EventKinds.Other), Pair("laid a wreath", EventKinds.Other), Pair("laid wreaths", EventKinds.Other), // a floral tribute, an incense offering
        Pair("offered incense", EventKinds.Other), Pair("offer incense", EventKinds.Other),
        Pair("ceremony", EventKinds.Signing), // only where its sentence or the one before tells a signing (EventFinder)
        Pair("inauguration", EventKinds.Other), Pair("unveiling", EventKinds.Other), Pair("anniversary celebration", EventKinds.Other),
        Pair("celebrated", EventKinds.Other), Pair("celebrate", EventKinds.Other), Pair("celebrates", EventKinds.Other), // an anniversary's only (EventFinder)
        Pair("marked", EventKinds.Other), Pair("marks", EventKinds.Other), Pair("commemorated", EventKinds.Other), // likewise
        Pair("anniversary ceremony", EventKinds.Other), Pair("workshop", EventKinds.Conference), Pair("seminar", EventKinds.Conference),
        // Meetings over a screen, in no city (OnlineMeetingTriggers).
        Pair("video conference", EventKinds.Meeting), Pair("videoconference", EventKinds.Meeting), Pair("video call", EventKinds.Meeting),
        Pair("online meeting", EventKinds.Meeting), Pair("virtual meeting", EventKinds.Meeting), Pair("hop truc tuyen", EventKinds.Meeting),
        Pair("hoi dam truc tuyen", EventKinds.Meeting),
    }.Concat(OccasionPhrases.Select(phrase => Pair(phrase, EventKinds.Other))).ToArray();

    /// <summary>Meetings held over a screen ("held a video conference with", "họp trực tuyến"): they take place in no one city.</summary>
    public static readonly WordSet OnlineMeetingTriggers = Set("video conference", "videoconference", "video call", "online meeting", "virtual meeting",
        "hop truc tuyen", "hoi dam truc tuyen");

    /// <summary>Words opening a relative clause after a comma (", which were linked in 1993"): what it tells is another happening.</summary>
    public static readonly WordSet RelativePronouns = Set("which", "who", "whose");

    /// <summary>Triggers that are an event only of an anniversary ("celebrated the 30th anniversary", "marked the anniversary").</summary>
    public static readonly WordSet AnniversaryTriggers = Set("celebrated", "celebrate", "celebrates", "marked", "marks", "commemorated");

    /// <summary>
    /// A delegation's sightseeing ("đoàn tham quan"): its own visit only in a sentence that names no other event ("đoàn tham
    /// quan làng gốm Thanh Hà và dự Hội thảo ..." is the conference's day).
    /// </summary>
    public static readonly WordSet OutingTriggers = Set("doan tham", "doan tham quan", "doan khao sat", "di tham", "di tham quan", "di khao sat", "da khao sat", "se khao sat");

    /// <summary>
    /// Festivals, fairs, exhibitions and culture weeks: an occasion is an event of its own where its sentence tells nothing
    /// else ("A Polish culture week opened in Lviv on Monday"), and the setting of the event it does tell ("visited the
    /// festival", "At the opening of the fair, the mayors signed").
    /// </summary>
    public static readonly HashSet<string> OccasionTriggers = new(OccasionPhrases, StringComparer.Ordinal);

    /// <summary>
    /// The opening or closing of an occasion ("lễ khai mạc", "closing ceremony"): the occasion itself when its sentence names it
    /// ("Lễ khai mạc Festival Hoa Đà Lạt"), else a part of the event of its day ("Phát biểu tại phiên khai mạc chiều 24/11").
    /// </summary>
    public static readonly WordSet OccasionPartTriggers = Set("opening ceremony", "closing ceremony", "le khai mac", "khai mac", "le be mac", "be mac");

    /// <summary>Occasions whose Vietnamese name puts its head first and its place last ("Lễ hội Cà phê Buôn Ma Thuột", "Festival Huế").</summary>
    public static readonly HashSet<string> OccasionHeadsFirst = new(StringComparer.Ordinal)
    {
        "festival", "le hoi", "ngay hoi", "tuan van hoa", "tuan le van hoa", "ngay van hoa", "hoi cho", "trien lam",
    };

    /// <summary>
    /// A council's decisions ("the City Council voted", "the council of Sakura City discussed and approved") are meetings
    /// of that council; the verbs alone, with no council word a few words before, are not ("the plan was approved").
    /// </summary>
    public static readonly WordSet CouncilDecisionTriggers = Set("voted", "approved", "adopted");

    /// <summary>Verbs of a journey or a stay whose present tense before a weekday tells a timetable, the coming day ("lands Thursday", "a visit that wraps up Saturday").</summary>
    public static readonly WordSet TimetabledPresentVerbs = Set("lands", "arrives", "departs", "leaves", "returns", "flies", "ends", "concludes", "wraps", "winds");

    /// <summary>Triggers that are a visit only when guests are their subject ("the delegation lands Thursday").</summary>
    public static readonly WordSet GuestSubjectTriggers = Set("lands", "landed", "land", "flew in", "flies in");

    /// <summary>Nouns of people who travel to be received, shared by <see cref="GuestNouns"/> and <see cref="TravellingPartyNouns"/>.</summary>
    private static readonly string[] Travellers = { "delegation", "delegations", "dignitaries", "guests", "visitors", "delegates" };
    private static readonly string[] TravellingParty = Travellers.Concat(new[] { "group", "team", "doan" }).ToArray();

    /// <summary>
    /// What a programme item opens with when no trigger names its occasion ("Official welcome in the City Council chambers",
    /// "Potluck dinner for host families", "Thăm Khu công nghệ cao", "Dâng hương tại Khu di tích"), and the kind it is.
    /// </summary>
    public static readonly KeyValuePair<string, string>[] ProgrammeItemKinds =
    {
        Pair("official welcome", EventKinds.Meeting), Pair("welcome", EventKinds.Meeting), Pair("briefing", EventKinds.Meeting),
        Pair("round table", EventKinds.Meeting), Pair("roundtable", EventKinds.Meeting), Pair("welcome dinner", EventKinds.Other),
        Pair("dinner", EventKinds.Other), Pair("lunch", EventKinds.Other), Pair("luncheon", EventKinds.Other), Pair("breakfast", EventKinds.Other),
        Pair("banquet", EventKinds.Other), Pair("gala", EventKinds.Other), Pair("concert", EventKinds.Other), Pair("performance", EventKinds.Other),
        Pair("ceremony", EventKinds.Other), Pair("anniversary", EventKinds.Other), Pair("tree planting", EventKinds.Other), Pair("planting", EventKinds.Other), Pair("match", EventKinds.Other),
        Pair("guided tour", EventKinds.Visit), Pair("study tour", EventKinds.Visit), Pair("excursion", EventKinds.Visit), Pair("field trip", EventKinds.Visit),
        Pair("seminar", EventKinds.Conference), Pair("workshop", EventKinds.Conference),
        Pair("tham", EventKinds.Visit), Pair("tham quan", EventKinds.Visit), Pair("khao sat", EventKinds.Visit), Pair("dang huong", EventKinds.Visit),
        Pair("dang hoa", EventKinds.Visit), Pair("lam viec", EventKinds.Meeting), Pair("du", EventKinds.Other), Pair("tiec", EventKinds.Other),
        Pair("giao luu", EventKinds.Other), Pair("trong cay", EventKinds.Other),
    };

    /// <summary>What a city receives that is no guest ("received aid", "received a donation of").</summary>
    public static readonly WordSet GoodsNouns = Set("aid", "donation", "donations", "gifts", "gift", "relief", "funds", "funding", "support",
        "assistance", "equipment", "supplies", "money", "cash", "grant", "grants", "award", "awards");

    /// <summary>Businesses that sign among themselves ("Nine pairs of companies signed commercial contracts"): no signing of localities.</summary>
    public static readonly WordSet BusinessSignatories = Set("companies", "firms", "enterprises", "businesses", "doanh nghiep");

    /// <summary>Guests whose welcome is their visit ("welcomed dignitaries from Kumamoto"; "welcomed the decision" is none).</summary>
    public static readonly WordSet GuestNouns = Set(Travellers.Concat(new[] { "counterpart", "counterparts" }).ToArray());

    /// <summary>Nouns for a travelling party that, as a subject, make a guest-subject trigger a visit ("the group lands Thursday").</summary>
    public static readonly WordSet TravellingPartyNouns = Set(TravellingParty);

    /// <summary>The travelling party on a stay told before, named or not ("In Warsaw, they had a working session").</summary>
    public static readonly WordSet TravellingPartyOnAStay = Set(TravellingParty.Append("they").ToArray());

    /// <summary>
    /// "A delegation from Walldorf ... will be in Astoria from Oct. 12 through Oct. 16", "will remain in Arequipa until Saturday",
    /// "đoàn sẽ ở lại Lý Sơn": a travelling party's stay at the place named next, its visit though no visit is named.
    /// </summary>
    public static readonly WordSet StayTriggers = Set("will be in", "will stay in", "will remain in", "is staying in", "are staying in", "is in", "are in",
        "was in", "were in", "stayed in", "stays in", "se o lai", "o lai");

    /// <summary>"the New City Hall", "the Old Town Hall": an age and a locality word before "Hall" name a building, not a town called "New City".</summary>
    public static readonly WordSet HallAges = Set("new", "old");

    /// <summary>Verbs of organising an occasion: "do tỉnh X tổ chức" (Vietnamese, after the organiser), "organised by X" (before "by").</summary>
    public static readonly string[] OrganiserVerbs = { "to chuc", "dang cai", "organised", "organized", "hosted" };

    /// <summary>"The group ... spent three days in Oxford": a travelling party's time, then "in" and the place, a few words on.</summary>
    public static readonly WordSet TimeSpentTriggers = Set("spent");

    /// <summary>"Đoàn tỉnh Attapeu ... đã đến Đắk Lắk chiều 7/3", "đã sang Prey Veng": a travelling party's arrival at the place named next.</summary>
    public static readonly WordSet ArrivalTriggers = Set("da den", "se den", "doan den", "da sang", "se sang");

    /// <summary>"The delegation arrives at ... Airport", "landed in": the first day of a stay, told in English.</summary>
    public static readonly WordSet LandingTriggers = Set("arrived in", "arrives in", "arrived at", "arrives at", "lands", "landed", "land");

    /// <summary>"landed in Brisbane ... and travelled by coach to Toowoomba": verbs of a journey on from where travellers landed, to where they stay.</summary>
    public static readonly WordSet OnwardTravelVerbs = Set("travelled", "traveled", "drove", "went", "continued", "headed", "proceeded", "moved", "flew", "transferred");

    /// <summary>Bodies whose decisions are taken in a meeting.</summary>
    public static readonly string[] CouncilWords = { "council", "councils", "board", "assembly", "legislature", "commission" };

    /// <summary>"cùng" (same, of "cùng ngày") as written: folded it is also "cũng" (also).</summary>
    public const string SameWordAsWritten = "cùng";

    /// <summary>"hôm" (day, of "hôm sau": the next day) as written: folded it is also "hòm" (chest) and "hơm".</summary>
    public const string DayWordAsWritten = "hôm";

    /// <summary>"thăm" (visit) as written: folded it is also "tham" of "tham dự" (attend) and "tham gia" (take part).</summary>
    public const string VisitWordAsWritten = "thăm";

    /// <summary>"Dự" (attend) as written: its fold "du" is also "du lịch" (tourism) and "Du khách".</summary>
    public const string AttendWordAsWritten = "dự";

    /// <summary>Folds that end a trigger or programme item only as written so (<see cref="VisitWordAsWritten"/>, <see cref="AttendWordAsWritten"/>).</summary>
    public static readonly Dictionary<string, string> MeantOnlyAsWritten = new(StringComparer.Ordinal)
    {
        ["tham"] = VisitWordAsWritten, ["du"] = AttendWordAsWritten,
    };

    /// <summary>Verbs that report speech: a tense after them is the speaker's, not the sentence's ("said the city will").</summary>
    public static readonly WordSet ReportingVerbs = Set("said", "says", "told", "added", "noted", "stressed", "affirmed", "announced");

    /// <summary>Words that open another clause: what follows has its own tense.</summary>
    public static readonly WordSet ClauseBreaks = Set("and", "but", "that", "which", "who", "where", "while", "after", "before", "when", "va", "nhung", "sau");

    /// <summary>"sẽ" (will) as written: its fold "se" is also a syllable of names ("Oh Se-hoon").</summary>
    internal static bool IsVietnameseWill(Pipeline.Token token) => token.Is("se") && token.Form.VietnameseLetters > 0;

    /// <summary>
    /// Syllables that make "tiếp" (receive) part of another word: before it "trực tiếp" (direct), "liên tiếp", "kế tiếp",
    /// "gián tiếp"; after it "tiếp tục" (continue), "tiếp theo", "tiếp cận", "tiếp nhận", "tiếp thu", "tiếp xúc", "tiếp nối", "tiếp sức", "tiếp thị".
    /// </summary>
    public static readonly WordSet TiepCompoundsBefore = Set("truc", "lien", "ke", "gian");
    public static readonly WordSet TiepCompoundsAfter = Set("tuc", "theo", "can", "nhan", "thu", "xuc", "noi", "suc", "thi", "giap");

    /// <summary>Triggers whose subject is the host (the guest is the object).</summary>
    public static readonly WordSet ReceiveTriggers = Set("received", "receives", "hosted", "hosts", "reception", "tiep", "tiep don", "tiep va lam viec", "welcomed");

    /// <summary>Triggers whose object is the host (the guest is the subject).</summary>
    public static readonly WordSet CallTriggers = Set("courtesy call", "courtesy visit", "chao xa giao", "called on", "calls on");

    /// <summary>Verbs whose subject hosts the event the sentence names later ("The City of Duluth will welcome ... for a weeklong visit").</summary>
    public static readonly WordSet HostVerbs = Set("welcome", "welcomes", "welcomed", "welcoming", "host", "hosts", "hosted", "hosting", "receive", "receives", "received",
        "organised", "organized", "organises", "organizes", "chuc"); // "UBND thành phố Đà Nẵng ... tổ chức Diễn đàn": "chức" of "tổ chức" (EventFinder)

    /// <summary>Phrases that make the following trigger background ("within the framework of the visit").</summary>
    public static readonly string[] BackgroundMarkers = { "trong khuon kho", "nhan dip", "in the framework of", "within the framework of", "on the occasion of", "as part of", "on the sidelines of", "ben le",
        "cung trong chuyen", "also during the visit", "also during the trip", // "Cũng trong chuyến công tác, ngày 5/6, đoàn đã chào xã giao ...": a trip told before
        "first day of", "last day of", "final day of",
        "ahead of", "prior to", "on the eve of", "a day before", "the day before" }; // "On Thursday, the last day of the visit, the delegation will attend the forum"

    /// <summary>Sentence openings that continue the previous meeting ("At the meeting, ...").</summary>
    public static readonly string[] MeetingContinuations = { "at the meeting", "during the meeting", "at the same meeting", "at the same reception", "at the working session", "during the working session", "at the reception", "during the reception", "at the talks", "during the talks", "during the visit", "during the trip", "on this occasion", "on the occasion", "at the ceremony", "during the ceremony",
        "following the talks", "after the talks", "following the meeting", "after the meeting", "sau hoi dam", "sau buoi hoi dam", "sau buoi lam viec",
        "at the end of the talks", "at the end of the meeting", "at the close of the talks", "ket thuc hoi dam", "ket thuc buoi hoi dam", "ket thuc buoi lam viec",
        // "Ngay sau buổi hội đàm, hai bên đã ký kết ...": right after them.
        "ngay sau hoi dam", "ngay sau buoi hoi dam", "ngay sau cuoc hoi dam", "ngay sau buoi lam viec", "sau cuoc hoi dam", "ket thuc cuoc hoi dam",
        "immediately after the talks", "immediately after the meeting", "right after the talks", "right after the meeting", "shortly after the talks", "shortly after the meeting",
        // "Ngay sau buổi tiếp, ... đã ký Chương trình hợp tác": a reception as well.
        "sau buoi tiep", "ngay sau buoi tiep", "ket thuc buoi tiep", "after the reception", "following the reception", "right after the reception",
        "immediately after the reception", "at the end of the reception",
        "tai buoi lam viec", "trong buoi lam viec", "trong chuyen tham", "trong chuyen cong tac", "nhan dip nay", "tai buoi gap", "tai buoi hoi dam", "tai buoi hoi kien", "tai buoi tiep", "tai cuoc hop", "tai hoi dam", "phat bieu tai buoi lam viec" };

    /// <summary>
    /// Words saying the people of a sentence took part in the event just described ("led by", "welcomed",
    /// "signatories", "tham dự", "chứng kiến"): they join that event without a date of their own.
    /// </summary>
    public static readonly string[] PresenceCues =
    {
        "led by", "headed by", "comprising", "received", "receiving", "welcomed", "welcoming", "greeted", "hosted", "attended",
        "attending", "present at", "were present", "was present", "witnessed", "signatories", "signed by", "addressing",
        "speaking at", "on this occasion", "at this occasion", "at the ceremony", "at the event", "dan dau", "tiep don", "don doan",
        "tham du", "chung kien", "phat bieu tai", "nhan dip nay", "truong doan", "cung du",
    };

    /// <summary>Nouns referring back to an event of a kind ("the signing ceremony", "the visit", "buổi làm việc").</summary>
    public static readonly Dictionary<string, string[]> EventReferences = new(StringComparer.Ordinal)
    {
        [EventKinds.Signing] = new[] { "signing", "signed", "signatories", "le ky", "ky ket" },
        [EventKinds.Meeting] = new[] { "meeting", "working session", "talks", "buoi lam viec", "hoi dam", "buoi tiep", "cuoc gap" },
        [EventKinds.Visit] = new[] { "visit", "trip", "delegation", "chuyen tham", "chuyen cong tac", "doan" },
        [EventKinds.Conference] = new[] { "conference", "forum", "summit", "hoi nghi", "dien dan", "hoi thao" },
        [EventKinds.Other] = new string[0],
    };

    // The kinds of event an opener may name (declared before ToldEventOpeners, which reads them).
    private static readonly string[] SigningOnly = { EventKinds.Signing };
    private static readonly string[] CeremonyKinds = { EventKinds.Other, EventKinds.Signing };
    private static readonly string[] MeetingOnly = { EventKinds.Meeting };
    private static readonly string[] ConferenceOnly = { EventKinds.Conference };
    private static readonly string[] AnyKind = { EventKinds.Other, EventKinds.Conference, EventKinds.Meeting, EventKinds.Signing, EventKinds.Visit };

    /// <summary>
    /// Sentence openings naming an event told before, whose day an undated sentence tells of ("Before the signing, Bao received
    /// the delegation", "Later on the day of the ceremony, the delegation paid a courtesy call"), and the kinds that event may be.
    /// "After the talks" continues the talks (<see cref="MeetingContinuations"/>).
    /// </summary>
    public static readonly Dictionary<string, string[]> ToldEventOpeners = new(StringComparer.Ordinal)
    {
        ["before the signing"] = SigningOnly, ["after the signing"] = SigningOnly, ["following the signing"] = SigningOnly,
        ["ahead of the signing"] = SigningOnly, ["prior to the signing"] = SigningOnly, ["truoc le ky"] = SigningOnly, ["sau le ky"] = SigningOnly,
        ["later on the day of the ceremony"] = CeremonyKinds, ["on the day of the ceremony"] = CeremonyKinds, ["later on the day of the signing"] = SigningOnly,
        ["after the ceremony"] = CeremonyKinds, ["following the ceremony"] = CeremonyKinds, ["before the ceremony"] = CeremonyKinds,
        ["right after the ceremony"] = CeremonyKinds, ["immediately after the ceremony"] = CeremonyKinds, ["shortly after the ceremony"] = CeremonyKinds,
        ["sau buoi le"] = CeremonyKinds, ["truoc buoi le"] = CeremonyKinds,
        ["before the talks"] = MeetingOnly, ["ahead of the talks"] = MeetingOnly, ["before the meeting"] = MeetingOnly, ["truoc buoi hoi dam"] = MeetingOnly,
        ["truoc hoi dam"] = MeetingOnly,
        ["during the conference"] = ConferenceOnly, ["at the conference"] = ConferenceOnly, ["during the forum"] = ConferenceOnly, ["at the forum"] = ConferenceOnly,
        ["tai hoi nghi"] = ConferenceOnly, ["tai dien dan"] = ConferenceOnly, ["ket thuc hoi nghi"] = ConferenceOnly, ["sau hoi nghi"] = ConferenceOnly,
        ["at the end of the conference"] = ConferenceOnly, ["after the conference"] = ConferenceOnly, ["following the conference"] = ConferenceOnly,
        // "On the sidelines, X and Y met": of the event told last (a comma after it; "On the sidelines of the forum" names its own).
        ["on the sidelines"] = AnyKind, ["ben le"] = AnyKind,
    };

    /// <summary>The phrases of <see cref="ToldEventOpeners"/>, for their index.</summary>
    public static readonly string[] ToldEventOpenerPhrases = ToldEventOpeners.Keys.ToArray();

    /// <summary>Who invited a delegation is not thereby present ("at the invitation of X", "nhận lời mời của X").</summary>
    public static readonly string[] InvitationCues = { "invitation of", "invited by", "loi moi cua", "moi cua" };

    /// <summary>Agreement nouns that make "conclude" a signing when close after it ("concluded the sister-city agreement"; "the visit concluded" is not one).</summary>
    public static readonly WordSet AgreementNouns = Set("agreement", "agreements", "memorandum", "mou", "treaty", "accord", "pact", "charter");

    /// <summary>Words before "the capital" that make the country's capital the event's place ("visiting the capital", "in the capital").</summary>
    public static readonly WordSet WordsBeforeTheCapital = Set("visiting", "in", "to");

    /// <summary>Locality words skipped between a venue marker and the place ("tại thành phố Wernigerode", "in the city of Kinshasa", "in sister city X").</summary>
    /// <summary>Words that make a number of years a round figure ("gần 30 năm", "hướng tới 30 năm", "nearly 30 years").</summary>
    public static readonly WordSet ApproximatingWords = Set("gan", "hon", "khoang", "toi", "nearly", "almost", "over", "about", "around", "some", "than");

    /// <summary>Words opening a venue's address after a comma or bracket ("tại Trung tâm Hội nghị Quốc gia (quận Nam Từ Liêm)").</summary>
    public static readonly WordSet AddressUnitWords = Set("quan", "huyen", "tinh", "thanh", "tp", "thi", "xa", "phuong", "city", "district", "province", "county", "ward");

    /// <summary>A journey's start and end words, as written ("từ" and "đến": their folds are also "tu" of "đầu tư" and "den" of "đền").</summary>
    public static readonly WordSet JourneyStartWordsAsWritten = Set("from", "từ");
    public static readonly WordSet JourneyEndWordsAsWritten = Set("to", "đến", "tới");

    /// <summary>"Besides", as written ("ngoài": its fold is also "ngoại" of "đối ngoại").</summary>
    public static readonly WordSet BesidesWordsAsWritten = Set("ngoài", "besides", "beside");

    /// <summary>Words that say "besides" before "from" ("Apart from Okayama, the province ...", "Aside from ...").</summary>
    public static readonly WordSet BesidesWordsBeforeFrom = Set("apart", "aside");

    /// <summary>
    /// Unit words between a list's marker or a preposition and the place they introduce: "1. Tỉnh X", "TP X", "đến Thành phố X",
    /// "- The city of X".
    /// </summary>
    public static readonly WordSet UnitWordsBeforeName = Set("tinh", "tp", "thanh", "pho", "quan", "huyen", "the", "city", "town", "province", "of");

    public static readonly WordSet LocalityWordsAfterVenue = Set("thanh", "pho", "tp", "thu", "do", "city", "the", "of", "quan", "tinh", "huyen", "sister", "twin",
        "toa", "thi", "chinh", "hall", "town", "tru", "so", "ubnd", "uy", "nhan", "dan", "phu", "phong", // "tại Tòa thị chính thành phố Le Havre", "at the Town Hall of X", "tại trụ sở UBND (Ủy ban nhân dân) TP X", "tại trụ sở Chính phủ X", "tại trụ sở Văn phòng tỉnh X"
        "province", "district", "county", "mekong", "delta", "central", "northern", "southern", "coastal", "border", "mountainous", // "visits to the Mekong Delta province of Kien Giang"
        "old", "ancient", "historic", "port", // "in the old city of Chiang Mai"
        "neighboring", "neighbouring", "nearby", // "In neighboring Foshan, officials ... signed"
        "trung", "tam", "downtown", "heart", // "ở trung tâm Phnôm Pênh", "in downtown Osaka", "in the heart of Hanoi"
        "xa", "phuong", "thon", "ban", "cum", "lang", "tran", "village", "commune", "hamlet", // "tại xã Dân Hóa", "in the village of X"
        "vung", // "tại vùng Liguria"; not "state": "in the state of Paraná" after a venue is that venue's address
        "san", "van", "dong", "nha", "hoa", "cong", "vien", // "tại sân vận động thị xã Nghĩa Lộ", "tại nhà văn hóa xã X", "tại công viên thành phố X"
        "quang", "truong", "bay", "quoc", "te"); // "tại Quảng trường thành phố Bảo Lộc", "tại sân bay quốc tế Cam Ranh"

    /// <summary>Verbs saying where an occasion took place ("The signing ceremony took place at Dodamso, Suwon", "Buổi lễ diễn ra tại").</summary>
    public static readonly string[] HeldCues = { "took place", "takes place", "was held", "were held", "is held", "dien ra", "duoc to chuc" };

    /// <summary>One-word venue markers, the words of <see cref="VenueMarkers"/> that say "at" or "in".</summary>
    public static readonly WordSet VenueWords = Set("in", "at", "tai", "o");

    /// <summary>
    /// The venue markers of a visit ("đoàn sẽ thăm huyện Thanh Trì", "the delegation will visit Bellingham", "will tour
    /// Bellingham"; not "a tour of Wales"), which may name the place a few words on ("thăm làng gốm Bát Tràng").
    /// </summary>
    public static readonly string[] VisitMarkers = { "tham", "visited", "visit", "visits", "visiting", "toured", "will tour", "to tour", "tours" };

    /// <summary>Words before a locality that make it the event's place ("in X", "tại X", "visit to X").</summary>
    public static readonly string[] VenueMarkers = new[] { "held in", "in", "at", "tai", "o", "o lai", "visit to", "visits to", "delegation to", "fly to", "travel to", "trip to", "arrived in", "den",
        "travelled to", "traveled to", "travels to", "flew to", "went to", "came to", "come to", "drove to", // "the delegation travelled to Figueira da Foz", "đoàn sẽ ở lại Lý Sơn"
        "moved to", "moved on to", "headed to", "proceeded to", // "On October 18, the delegation moved to Gimhae"
        "da sang", "se sang", // "đoàn đã sang Prey Veng"; not a bare "sang" ("chuyển sang")
        "thuoc" } // "khảo sát khu vực cửa khẩu Ma Lù Thàng thuộc huyện Phong Thổ": where the site lies
        .Concat(VisitMarkers).ToArray();

    /// <summary>Words a visit's place is never named past: whose visit it is, not where ("the visit of", "chuyến thăm của").</summary>
    public static readonly WordSet WordsAVisitDoesNotReachPast = Set("of", "cua", "by", "boi", "with", "voi", "and", "va", "to");

    /// <summary>The <see cref="LocalityAnaphors"/> that stand for a province (a city's province, when the article names it).</summary>
    public static readonly string[] ProvinceAnaphors = { "the province", "the state", "the prefecture" };

    /// <summary>Words that put what a sentence tells in the future ("will sign", "sẽ ký", reported: "said it would be signed in April").</summary>
    public static readonly string[] FutureMarkers = { "will", "would", "se", "sap toi", "upcoming", "du kien", "scheduled", "is expected to", "are expected to", "plans to", "plan to", "is due to", "are due to", "is due in", "are due in", "is set to", "are set to" };

    /// <summary>
    /// Verbs that put what a sentence tells in the past ("A delegation visited San Antonio in October"): a month without a
    /// year that would fall after the dateline is the year before's. Vietnamese marks the past with "đã"
    /// (<see cref="PastMarkersAsWritten"/>).
    /// </summary>
    public static readonly string[] PastTenseVerbs = { "visited", "signed", "met", "held", "hosted", "received", "welcomed", "toured", "attended",
        "arrived", "came", "paid", "travelled", "traveled", "went", "was", "were", "had", "did", "took place" };

    /// <summary>Nouns a month alone may qualify as the time of an occasion ("the delegation's October visit").</summary>
    public static readonly WordSet MonthQualifiedOccasions = Set("visit", "visits", "trip", "meeting", "conference", "summit", "ceremony", "tour", "mission");

    /// <summary>
    /// Words that remember an earlier day ("kỷ niệm 46 năm Ngày ký Hiệp ước ... (18/7/1977)", "the anniversary of the
    /// treaty (July 18, 1977)"): a bracketed date after one in the same clause is that day, not an event's.
    /// </summary>
    public static readonly string[] CommemorationCues = { "ky niem", "anniversary", "commemorate", "commemorating", "commemoration" };

    /// <summary>Words opening a period that a date starts ("Since the inception of the relations in October 1994, ... visits"): no event's date.</summary>
    public static readonly string[] PeriodOpeners = { "since", "ke tu", "tu khi", "tu nam" }; // "từ năm 2015": since 2015

    /// <summary>Nouns of streets and squares named after a day ("Quảng trường 7/5", "đường 3/2", "phố 19/5"): the day is a name, no date.</summary>
    public static readonly string[] DateNamedPlaceNouns = { "quang truong", "duong", "pho", "cau", "ngo", "hem" };

    /// <summary>Words right before a date that ends a stay ("thăm đến ngày 31 tháng 8", "until August 31", "a visit that wraps up Saturday"): no event starts then.</summary>
    public static readonly string[] UntilMarkers = { "until", "till", "through", "wraps up", "winds up", "concludes", "ends", "ending", "ends on", "ending on", "wraps up on", "concludes on", "den ngay", "den het ngay", "toi ngay" };

    /// <summary>
    /// Verbs of a stay's end before its noun ("wrapped up a five-day working visit to Thanh Hoa on Saturday", "kết thúc chuyến
    /// thăm 3 ngày"): the day given is the stay's last.
    /// </summary>
    public static readonly string[] StayEndVerbs = { "wrapped up", "wraps up", "wound up", "winds up", "concluded", "concludes", "ended", "ends",
        "completed", "completes", "finished", "finishes", "rounded off", "ket thuc" };

    /// <summary>The guests' going home, which ends their stay ("ngày 22/3, đoàn về nước", "the delegation flies home on Sunday").</summary>
    public static readonly string[] HomeDepartures = { "ve nuoc", "len duong ve nuoc", "tro ve nuoc", "returns home", "return home", "returned home",
        "fly home", "flies home", "flew home", "flying home", "heads home", "head home", "headed home", "heading home", "leave for home", "leaves for home", "left for home",
        "leaving for home", "returning home",
        "returned", "returns", "tro ve" }; // "left Yangyang on Thursday and returned on Sunday"

    /// <summary>The travellers' setting off, which starts their stay ("left Yangyang International Airport on Thursday", "rời Hà Nội ngày 13/9").</summary>
    public static readonly string[] TripDepartures = { "left", "departed", "set off", "set out", "roi", "len duong", "xuat phat" };

    /// <summary>Words right before a departure home that make it only the frame of another happening ("trên đường về nước", "trước khi lên đường về nước", "on the way home").</summary>
    public static readonly WordSet OnTheWayHome = Set("duong", "khi", "before", "after", "way");

    /// <summary>Words naming a transport link: "đường bay thẳng Đồng Hới - Chiang Mai", "the Hanoi-Vientiane route" join no partners.</summary>
    public static readonly string[] RouteWords = { "duong bay", "chuyen bay", "tuyen bay", "duong sat", "tuyen duong", "flight", "flights", "route", "routes", "railway", "air link" };

    /// <summary>
    /// Nouns for a group of localities named earlier ("hợp tác giữa Điện Biên với các tỉnh Bắc Lào", "cooperation with the
    /// provinces"): the group is the last list of places of one country the text gave.
    /// </summary>
    public static readonly string[] LocalityGroupNouns = { "cac tinh", "cac dia phuong", "cac thanh pho", "the provinces of", "the cities of", "the provinces",
        "the cities", "these provinces", "these cities", "localities" };

    /// <summary>Nouns a country's adjective turns into a reference to a locality named elsewhere ("the Polish town", "the German port").</summary>
    public static readonly WordSet TownNouns = Set("town", "city", "municipality", "village", "commune", "port");

    /// <summary>
    /// Words opening an aside between commas that describes the list item before it ("Regensburg, its oldest (1955),",
    /// "Takayama, its oldest, paired in 1960;"): the aside needs no year to be skipped.
    /// </summary>
    public static readonly WordSet ItemAsideOpeners = Set("its", "their", "the", "a", "an", "paired", "twinned", "linked", "dating", "since");

    /// <summary>
    /// A locality word standing for the article's own locality of that kind after a venue marker ("đã đến thăm và làm việc
    /// tại tỉnh", "held in the province"): the kind it names.
    /// </summary>
    public static readonly Dictionary<string, string> BareLocalityVenues = new(StringComparer.Ordinal)
    {
        ["tinh"] = LocalityKinds.Province, ["thanh pho"] = LocalityKinds.City, ["the province"] = LocalityKinds.Province, ["the city"] = LocalityKinds.City,
        ["tinh uy"] = LocalityKinds.Province, ["thanh uy"] = LocalityKinds.City, // "tại trụ sở Tỉnh ủy": the province's Party committee
    };

    /// <summary>
    /// Words naming the seat of a Vietnamese authority between a venue marker and a bare locality word ("tại trụ sở UBND
    /// tỉnh", "tại Nhà khách Tỉnh ủy", "tại Hội trường UBND thành phố"): such a seat is the article's Vietnamese locality.
    /// </summary>
    public static readonly WordSet AuthoritySeatWords = Set("tru", "so", "nha", "khach", "hoi", "truong", "ubnd", "hdnd",
        "thi", "dau", "san", "van", "dong"); // the province's own gymnasium and stadium: "tại Nhà thi đấu tỉnh", "tại Sân vận động tỉnh"

    /// <summary>A pronoun standing for the article's locality as a subject ("it established ties with ..."): its most named place.</summary>
    public static readonly WordSet SubjectPronouns = Set("it", "this");

    /// <summary>Verbs whose present perfect anywhere in an article ("has arrived in Sochi") dates the event at the dateline.</summary>
    public static readonly WordSet PresentPerfectEventVerbs = Set("arrived");

    /// <summary>A visit that is a working session: one day of it is a meeting.</summary>
    public static readonly string[] WorkingSessionCues = { "lam viec", "worked with", "working session", "working sessions" };

    /// <summary>After "N năm" in "kỷ niệm 20 năm kết nghĩa": the tie whose anniversary it is.</summary>
    public static readonly string[] TieWordsAfterYears = { "ket nghia", "thiet lap", "ky ket", "quan he" };

    /// <summary>Establishing a tie ("thiết lập", "ký kết"), after an anniversary.</summary>
    public static readonly string[] EstablishingVerbs = { "thiet lap", "ky ket" };

    /// <summary>Adverbials that open a sentence before a comma and its subject ("Ngoài ra, tỉnh đang đàm phán ...").</summary>
    public static readonly string[] SentenceAdverbials = { "ngoai ra", "ben canh do", "dong thoi", "hien nay", "in addition", "besides", "moreover",
        "furthermore", "meanwhile", "currently", "at present", "truoc do", "truoc day", "previously", "earlier", "since then", "tu do" };

    /// <summary>"Tỉnh" (the province) opening a sentence, as written: its fold is also "tính" of "Tính đến nay".</summary>
    public static readonly WordSet ProvinceAnaphorAsWritten = Set("tỉnh");

    /// <summary>A sentence opening that refers back to the locality talked about ("Thành phố ...", "The city ...", "The state signed ...").</summary>
    public static readonly string[] LocalityAnaphors = { "thanh pho", "the city", "the town", "the ward", "the district", "the province", "the state", "the prefecture", "the county" };

    /// <summary>Words between a locality and "delegation" that keep it the delegation's ("the Hanoi city delegation", "Hanoi's delegation").</summary>
    public static readonly WordSet WordsBeforeDelegation = Set("city", "provincial", "province", "municipal", "s");

    /// <summary>Words marking a delegation, whose locality is the guest side.</summary>
    public static readonly string[] DelegationWords = { "delegation", "doan cong tac", "doan dai bieu", "doan", "delegates" };

    /// <summary>Words between a meeting verb and the delegation it meets ("met with the delegation", "gặp gỡ với đoàn").</summary>
    public static readonly WordSet DelegationObjectLeads = Set("with", "the", "a", "voi", "cac");

    private static KeyValuePair<string, string> Pair(string k, string v) => new(k, v);

    /// <summary>Matches a folded multi-word phrase at token <paramref name="i"/>; returns the number of tokens or 0.</summary>
    public static int MatchAt(Pipeline.TokenList tokens, int i, string phrase)
    {
        int n = 0, p = 0;
        while (p < phrase.Length)
        {
            int sp = phrase.IndexOf(' ', p);
            int len = (sp < 0 ? phrase.Length : sp) - p;
            // Skip punctuation between words ("People's" is People + ' + s; "co-operation" is co - operation).
            while (i + n < tokens.Count && tokens[i + n].Kind == Pipeline.TokenKind.Punct && n > 0 && (tokens[i + n].Text == "'" || tokens[i + n].Text == "’" || tokens[i + n].Text == "-")) n++;
            if (i + n >= tokens.Count) return 0;
            var t = tokens[i + n];
            if (t.Fold.Length != len || string.CompareOrdinal(t.Fold, 0, phrase, p, len) != 0) return 0;
            n++;
            p += len + 1;
        }
        return n;
    }

    /// <summary>The longest phrase of <paramref name="phrases"/> at token <paramref name="i"/>; length in tokens or 0.</summary>
    public static int MatchAny(Pipeline.TokenList tokens, int i, IEnumerable<string> phrases, out string? matched)
    {
        // The lexicon's own lists are indexed by first word (same result, without scanning the list).
        if (PhraseIndex.Of(phrases) is { } index) return index.MatchAny(tokens, i, out matched);
        int best = 0;
        matched = null;
        foreach (var p in phrases)
        {
            int n = MatchAt(tokens, i, p);
            if (n > best) { best = n; matched = p; }
        }
        return best;
    }
}
