using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CoopData.Extraction;
using CoopData.Extraction.Gazetteer;
using CoopData.Extraction.Text;

namespace CoopData.Corpus;

/// <summary>A generated article: its file name, text, language, and the facts it was written from.</summary>
/// <param name="Truth">What the article states, as the engine should extract it; lets the merger and the
/// emitter be exercised at scale without the engine.</param>
public sealed record CorpusArticle(string FileName, string Text, string Language, ArticleFacts Truth);

/// <summary>
/// Realistic synthetic news about city-to-city cooperation, in English and Vietnamese, built from the
/// embedded gazetteer and sentence patterns written for it. Deterministic: the same seed and count give
/// the same articles, byte for byte, on every machine (no culture, clock or hash-order dependence).
/// </summary>
public static class CorpusGenerator
{
    /// <summary>The seed the benchmarks and scale tests use.</summary>
    public const int DefaultSeed = 20240413;

    /// <summary>Generates <paramref name="count"/> articles; about one in three is Vietnamese.</summary>
    public static IReadOnlyList<CorpusArticle> Generate(int count, int seed = DefaultSeed)
    {
        var pools = Pools.Instance;
        var list = new List<CorpusArticle>(count);
        for (int i = 0; i < count; i++)
        {
            // One stream per article: article i is the same whatever the count.
            var rng = new Random(unchecked(seed * 397 ^ i * 7919));
            bool vi = rng.Next(3) == 0;
            list.Add(new Writer(rng, pools, vi).Write(i));
        }
        return list;
    }

    /// <summary>Writes the articles to <paramref name="folder"/> (created if needed) as UTF-8 without BOM.</summary>
    public static void WriteTo(string folder, IEnumerable<CorpusArticle> articles)
    {
        System.IO.Directory.CreateDirectory(folder);
        foreach (var a in articles)
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, a.FileName), a.Text, new UTF8Encoding(false));
    }

    /// <summary>Total UTF-8 size of the articles' text.</summary>
    public static long Utf8Bytes(IEnumerable<CorpusArticle> articles) => articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

    private sealed class Pools
    {
        public static readonly Pools Instance = new();

        public readonly Place[] Local;    // Vietnamese cities and provinces
        public readonly Place[] Foreign;  // big cities elsewhere
        public readonly PlaceIndex Index = PlaceIndex.Default;

        private Pools()
        {
            static bool Big(Place p) => p.Kind is LocalityKinds.City or LocalityKinds.Capital or LocalityKinds.Province && p.Population >= 150_000;
            Local = Index.Places.Where(p => p.Country == "VN" && Big(p) && p.Kind != LocalityKinds.District)
                .OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
            Foreign = Index.Places.Where(p => p.Country != "VN" && p.Population >= 400_000 && p.Kind is LocalityKinds.City or LocalityKinds.Capital
                    && Index.FindCountryByCode(p.Country) is not null && Index.FindByName(Folding.Fold(p.Name)).FirstOrDefault() == p)
                .OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
            if (Local.Length == 0 || Foreign.Length == 0) throw new InvalidOperationException("The gazetteer has no places to write about.");
        }
    }

    private sealed class Writer(Random rng, Pools pools, bool vi)
    {
        private static readonly string[] EnMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        private static readonly string[] FieldsEn = { "education", "culture", "tourism", "trade", "investment", "health care", "urban planning", "heritage preservation", "transport", "environment", "science and technology", "agriculture" };
        private static readonly string[] FieldsVi = { "giáo dục", "văn hóa", "du lịch", "thương mại", "đầu tư", "y tế", "quy hoạch đô thị", "bảo tồn di sản", "giao thông", "môi trường", "khoa học và công nghệ", "nông nghiệp" };
        private static readonly string[] VnFamily = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };
        private static readonly string[] VnMiddle = { "Văn", "Thị", "Ngọc", "Minh", "Quang", "Đức", "Thanh", "Hữu", "Xuân", "Thu" };
        private static readonly string[] VnGiven = { "Tuấn", "Hà", "Thắng", "Dũng", "Hùng", "Lan", "Mai", "Sơn", "Phong", "Hương", "Thành", "Long", "Trung", "Nam", "Bình" };
        private static readonly string[] ForeignGiven = { "Jean", "Marie", "Pierre", "Anna", "Thomas", "Laura", "Kenji", "Yuki", "Min-jun", "Seo-yeon", "Carlos", "Elena", "Michael", "Sarah", "Wei", "Olga" };
        private static readonly string[] ForeignFamily = { "Dubois", "Martin", "Schmidt", "Tanaka", "Sato", "Kim", "Park", "Garcia", "Rossi", "Smith", "Johnson", "Chen", "Ivanova", "Moreau", "Fischer", "Lopez" };

        private readonly StringBuilder _text = new();
        private int _line = 1;
        private readonly List<CityFact> _cities = new();
        private readonly List<PartnershipFact> _partnerships = new();
        private readonly List<EventFact> _events = new();
        private readonly List<PersonFact> _people = new();

        public CorpusArticle Write(int index)
        {
            var local = Pick(pools.Local);
            var foreign = Pick(pools.Foreign);
            var country = pools.Index.FindCountryByCode(foreign.Country)!;
            int year = 2015 + rng.Next(10);
            int month = 1 + rng.Next(12);
            int day = 1 + rng.Next(26);
            int since = 1985 + rng.Next(35);
            var published = PartialDate.FromDate(year, month, day);
            var fields = Fields(2 + rng.Next(2));
            var (localLeader, localRole) = Official(local, vietnamese: true);
            var (foreignLeader, foreignRole) = Official(foreign, vietnamese: false);
            string L = NameOf(local), F = NameOf(foreign), C = vi ? country.VietnameseName : country.EnglishName;

            string title = vi
                ? Choose($"{L} và {F} làm sâu sắc quan hệ hợp tác", $"Tăng cường hợp tác giữa {L} và {F} ({C})", $"Đoàn đại biểu {L} thăm và làm việc tại {F}")
                : Choose($"{L}, {F} deepen ties as partnership enters new stage", $"{L} and {F} sign new cooperation agreement", $"{L} delegation pays working visit to {F}");
            Line(vi ? Choose("Trang chủ Hữu nghị Bốn phương kết bạn", "Thời sự | Đối ngoại") : Choose("WORDS ON THE STREET Home / Hanoinews", "Log in | World | Friendship"));
            Line(vi ? $"{Two(day)}/{Two(month)}/{year} {Two(rng.Next(24))}:{Two(rng.Next(60))} GMT+7" : $"{EnMonths[month - 1].Substring(0, 3)} {day}, {year} / {Two(rng.Next(24))}:{Two(rng.Next(60))}");
            Blank();
            int titleLine = Line(title);
            Blank();
            Paragraph(vi ? $"Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực {Join(fields, vi)}." : $"Both sides agreed to strengthen cooperation in {Join(fields, vi)}.");

            // The partnership, with its year.
            string status = rng.Next(4) == 0 ? PartnershipStatuses.Signed : PartnershipStatuses.Active;
            int pLine = Paragraph(vi
                ? Choose($"{L} và {F} chính thức thiết lập quan hệ hữu nghị và hợp tác từ năm {since}.", $"Năm {since}, {L} và {F} đã ký thỏa thuận thiết lập quan hệ hợp tác.")
                : Choose($"{L} and {F} have been sister cities since {since}.", $"Since the two cities established ties in {since}, they have worked together on several projects.", $"{L} and {F} established friendly relations in {since}."));
            var pSentence = LastSentence;
            var localFact = City(local, L, pLine, pSentence);
            var foreignFact = City(foreign, F, pLine, pSentence);
            var keys = new[] { local.Key, foreign.Key }.OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray();
            _partnerships.Add(new PartnershipFact(keys, since, status, fields.ToEquatableArray(), Ev(pLine, pSentence)));

            for (int f = 0, n = 2 + rng.Next(4); f < n; f++) Paragraph(Filler(L, F, C, fields));

            // A meeting on the publication day, with both officials.
            int mLine = Paragraph(vi
                ? $"Ngày {day}/{month}, {localRole} {localLeader} đã tiếp {foreignRole} {foreignLeader} đang thăm {L}."
                : $"On {EnMonths[month - 1]} {day}, {localRole} {localLeader} received {foreignRole} {foreignLeader}, who is visiting {L}.");
            var mSentence = LastSentence;
            _people.Add(new PersonFact(Folding.Slug(localLeader), localLeader, localRole, local.Key, Ev(mLine, mSentence)));
            _people.Add(new PersonFact(Folding.Slug(foreignLeader), foreignLeader, foreignRole, foreign.Key, Ev(mLine, mSentence)));
            Mention(localFact, mLine, mSentence);
            _events.Add(new EventFact(EventKinds.Meeting, vi ? $"Gặp gỡ tại {L}" : $"Meeting in {L}", published, null, local.Key,
                keys, new[] { Folding.Slug(localLeader), Folding.Slug(foreignLeader) }.OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray(), Ev(mLine, mSentence)));

            for (int f = 0, n = 2 + rng.Next(4); f < n; f++) Paragraph(Filler(L, F, C, fields));

            // Sometimes a visit or a signing later that year.
            if (rng.Next(2) == 0)
            {
                int vMonth = Math.Min(12, month + 1 + rng.Next(3)), vDay = 1 + rng.Next(20), vEnd = vDay + 2 + rng.Next(5);
                bool signing = rng.Next(3) == 0;
                int vLine = Paragraph(signing
                    ? (vi ? $"Ngày {vDay}/{vMonth}/{year}, hai thành phố sẽ ký biên bản ghi nhớ về hợp tác trong lĩnh vực {fields[0]} tại {F}."
                          : $"On {EnMonths[vMonth - 1]} {vDay}, {year}, the two cities will sign a memorandum of understanding on {fields[0]} in {F}.")
                    : (vi ? $"Từ ngày {vDay} đến ngày {vEnd}/{vMonth}/{year}, đoàn đại biểu thành phố {L} do {localRole} {localLeader} dẫn đầu sẽ thăm và làm việc tại {F} ({C})."
                          : $"From {EnMonths[vMonth - 1]} {vDay} to {vEnd}, {year}, a delegation of {L} led by {localRole} {localLeader} will pay a working visit to {F}, {C}."));
                var vSentence = LastSentence;
                Mention(foreignFact, vLine, vSentence);
                _events.Add(new EventFact(signing ? EventKinds.Signing : EventKinds.Visit,
                    signing ? (vi ? $"Ký kết tại {F}" : $"Signing in {F}") : (vi ? $"Thăm {F}" : $"Visit to {F}"),
                    PartialDate.FromDate(year, vMonth, vDay), signing ? null : PartialDate.FromDate(year, vMonth, vEnd), foreign.Key, keys,
                    signing ? EquatableArray<string>.Empty : new[] { Folding.Slug(localLeader) }.ToEquatableArray(), Ev(vLine, vSentence)));
            }
            for (int f = 0, n = 1 + rng.Next(3); f < n; f++) Paragraph(Filler(L, F, C, fields));

            string fileName = $"{index:D5}_{(vi ? "vi" : "en")}_{Folding.Slug(local.Name)}-{Folding.Slug(foreign.Name)}.txt";
            var facts = new ArticleFacts(fileName, title, titleLine, vi ? "vi" : "en", published,
                _cities.ToEquatableArray(), _partnerships.ToEquatableArray(), _events.ToEquatableArray(),
                _people.GroupBy(p => p.Key).Select(g => g.First()).ToEquatableArray(), EquatableArray<ExtractionDiagnostic>.Empty);
            return new CorpusArticle(fileName, _text.ToString(), vi ? "vi" : "en", facts);
        }

        private string LastSentence { get; set; } = "";

        private CityFact City(Place place, string written, int line, string sentence)
        {
            var aliases = written == place.Name ? EquatableArray<string>.Empty : new[] { written }.ToEquatableArray();
            var fact = new CityFact(place.Key, place.Name, place.Country, place.Kind, aliases, place.ParentKey, place.Latitude, place.Longitude, Ev(line, sentence));
            _cities.Add(fact);
            return fact;
        }

        private void Mention(CityFact city, int line, string sentence)
        {
            int i = _cities.IndexOf(city);
            _cities[i] = city with { Sources = city.Sources.Append(new Evidence(line, sentence)).ToEquatableArray() };
        }

        private static EquatableArray<Evidence> Ev(int line, string text) => new[] { new Evidence(line, text) }.ToEquatableArray();

        private string NameOf(Place p)
        {
            if (!vi) return p.Name;
            // The Vietnamese spelling when the gazetteer has one (a name with Vietnamese diacritics).
            foreach (var n in p.Names)
                if (n.Any(c => "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ".IndexOf(char.ToLowerInvariant(c)) >= 0) && !n.StartsWith("Thành phố", StringComparison.Ordinal) && !n.StartsWith("TP", StringComparison.Ordinal) && !n.StartsWith("Tỉnh", StringComparison.Ordinal))
                    return n;
            return p.Name;
        }

        private (string Name, string Role) Official(Place place, bool vietnamese)
        {
            string name = vietnamese
                ? $"{Pick(VnFamily)} {Pick(VnMiddle)} {Pick(VnGiven)}"
                : $"{Pick(ForeignGiven)} {Pick(ForeignFamily)}";
            string city = NameOf(place);
            string role = vietnamese
                ? (vi ? Choose($"Chủ tịch UBND thành phố {city}", $"Phó Chủ tịch HĐND thành phố {city}", $"Bí thư Thành ủy {city}")
                      : Choose($"Chairman of the {city} People's Committee", $"Vice Chairwoman of the {city} People's Council", $"Secretary of the {city} Party Committee"))
                : (vi ? Choose($"Thị trưởng thành phố {city}", $"Phó Thị trưởng thành phố {city}")
                      : Choose($"Mayor of {city}", $"Deputy Mayor of {city}"));
            return (name, role);
        }

        private string Filler(string l, string f, string c, string[] fields) => vi
            ? Choose(
                $"Theo lãnh đạo thành phố {l}, hai địa phương có nhiều điểm tương đồng về văn hóa, lối sống và truyền thống.",
                $"Hai bên đã trao đổi kinh nghiệm trong công tác quản lý đô thị, phát triển kinh tế và {fields[0]}.",
                $"Đại diện {f} bày tỏ mong muốn mở rộng hợp tác với các địa phương của Việt Nam, đặc biệt trong lĩnh vực {fields[^1]}.",
                $"Trong thời gian tới, {l} sẽ tạo điều kiện thuận lợi để doanh nghiệp {c} đầu tư, kinh doanh lâu dài.",
                "Buổi làm việc diễn ra trong không khí hữu nghị, cởi mở và tin cậy.",
                $"Nhân dịp này, hai bên cũng thảo luận về việc tổ chức các hoạt động giao lưu văn hóa, thể thao và trao đổi sinh viên.")
            : Choose(
                $"According to the leaders of {l}, the two localities have much in common regarding culture, lifestyle and traditions.",
                $"The two sides shared experience in urban management, economic development and {fields[0]}.",
                $"The representative of {f} expressed the wish to expand cooperation with Vietnamese localities, especially in {fields[^1]}.",
                $"In the coming time, {l} will create favourable conditions for businesses from {c} to invest and operate in the long term.",
                "The meeting took place in an atmosphere of friendship, openness and trust.",
                "On this occasion, both sides also discussed cultural and sports exchanges and student exchange programmes.",
                $"\"It is expected to serve as a platform to connect localities and businesses from both countries,\" the official said.");

        private string[] Fields(int n)
        {
            var pool = vi ? FieldsVi : FieldsEn;
            var picked = new List<string>();
            while (picked.Count < n) { var f = Pick(pool); if (!picked.Contains(f)) picked.Add(f); }
            return picked.ToArray();
        }

        private string Join(string[] items, bool vietnamese) =>
            items.Length == 1 ? items[0] : string.Join(", ", items.Take(items.Length - 1)) + (vietnamese ? " và " : " and ") + items[^1];

        private T Pick<T>(T[] items) => items[rng.Next(items.Length)];

        private string Choose(params string[] options) => options[rng.Next(options.Length)];

        private static string Two(int n) => n.ToString("D2", CultureInfo.InvariantCulture);

        private int Line(string text)
        {
            _text.Append(text).Append('\n');
            return _line++;
        }

        private void Blank() => Line("");

        private int Paragraph(string sentence)
        {
            LastSentence = sentence;
            int at = Line(sentence);
            Blank();
            return at;
        }
    }
}
