using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using CoopData.Extraction.Pipeline;
using CoopData.Extraction.Rules;
using CoopData.Extraction.Text;

namespace CoopData.Extraction.Reading;

/// <summary>What stage 1 makes of an article: header facts and the lines of its body.</summary>
internal sealed class ReadArticle
{
    public string Title { get; set; } = "";
    public int TitleLine { get; set; }
    public PartialDate? Published { get; set; }
    public int DatelineLine { get; set; }
    /// <summary>
    /// The place of a wire dateline cut off the body ("SEOUL" of "SEOUL, Oct. 12 (Yonhap) --"), spelled as
    /// <see cref="TokenList.Spelled"/> spells it; null when none was cut.
    /// </summary>
    public string? WirePlace { get; set; }
    /// <summary>The weekday a date line without a year names ("Thursday, March 20"): the story's weekdays count from it.</summary>
    public int? PublishedWeekday { get; set; }
    public List<BodyLine> Lines { get; } = new();
}

/// <summary>
/// Stage 1. Finds the title, the dateline and the body, and drops what is not the article's own
/// text: menus and tickers above the headline; "Related news", tags, comment forms and everything
/// after them; teasers (a headline written twice, its summary, trailing lines ending in " |");
/// bylines. Photo captions are kept but flagged, with their credits ("Photo: ...", "(Ảnh: ...)") cut off.
/// </summary>
internal static class ArticleReader
{
    private const int HeaderSearchLines = 8;

    /// <summary>Words from which a line ending with a full stop is a sentence of the body, no headline.</summary>
    private const int SentenceWords = 15;

    /// <summary>How many lines after a dateline without a year may hold the page's own date line.</summary>
    private const int YearLineSearchLines = 6;

    public static ReadArticle Read(string text, System.Threading.CancellationToken ct) => Read(text, NumericDateOrder.IsMonthFirst(text), ct);

    /// <param name="monthFirst">The article writes slashed dates month first ("7/21/2020").</param>
    public static ReadArticle Read(string text, bool monthFirst, System.Threading.CancellationToken ct)
    {
        var result = new ReadArticle();
        var lines = SplitLines(text);
        // "... in Kuala Lumpur.-Bernama": a paragraph ends at its full stop, not at the agency's credit (nor is it a headline).
        for (int i = 0; i < lines.Count; i++) if (AgencyCreditAt(lines[i].TrimEnd()) is int agency) lines[i] = lines[i].Substring(0, agency);
        // "... giữa trấn Bằng Tường và trấn Thượng Th": a text cut in the middle of its last word (an excerpt) loses that word.
        if (text.Length > 0 && char.IsLetter(text[text.Length - 1]) && lines.Count > 0 && Tokenizer.CountWords(lines[lines.Count - 1], 8) >= 8)
        {
            string last = lines[lines.Count - 1];
            int cut = last.Length;
            while (cut > 0 && char.IsLetter(last[cut - 1])) cut--;
            lines[lines.Count - 1] = last.Substring(0, cut);
        }

        // ---- dateline: among the first non-empty lines
        int datelineIdx = -1, bodyStartIdx = -1, bodyStartOffset = 0;
        bool datelineBracketed = false;
        int seen = 0, paragraphs = 0;
        bool sentencesSeen = false;
        for (int i = 0; i < lines.Count && seen < HeaderSearchLines; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            if (!HasAsciiDigit(lines[i], out bool digit))
            {
                // Every date the parser reads has ASCII digits: such a line is only counted, without its tokens
                // (a digit of any script makes a number token).
                int lineWords = Tokenizer.CountWords(lines[i], 30); // only compared with 4, 15 and 30
                if (lineWords >= 4 || digit) seen++;
                if (lineWords >= 30) paragraphs++;
                sentencesSeen |= lineWords >= SentenceWords && lines[i].TrimEnd().EndsWith(".", StringComparison.Ordinal);
                continue;
            }
            var toks = Tokenizer.Tokenize(lines[i]);
            // Site chrome ("Cỡ chữ", "A A", "Tương phản") does not use up the header lines.
            if (CountWords(toks) >= 4 || HasNumber(toks)) seen++;
            var found = DatelineParser.Find(toks, monthFirst);
            if (found is { } span && DatelineParser.OpensSpan(toks, span, monthFirst)) found = null;
            // A wire dateline gives no year: "DA LAT, Vietnam, Dec. 21 (Yonhap) --", or a line of its own: "New Delhi, November 20".
            int datelineWeekday = -1;
            if (found is null) found = DatelineParser.FindWeekdayMonthDay(toks, out datelineWeekday);
            if (found is null) found = DatelineParser.FindClockDayMonth(toks, monthFirst);
            if (found is null) found = DatelineParser.FindLabelledMonthDay(toks, monthFirst);
            if (found is null && DatelineParser.FindWireMonthDay(toks) is { } wire
                && (WireDash(toks, wire.FirstToken, wire.EndToken) >= 0 || wire.EndToken == toks.Count)) found = wire;
            int words = CountWords(toks);
            bool bodyParagraph = words >= SentenceWords && toks[toks.Count - 1].IsPunct('.');
            if (found is not { } f)
            {
                if (words >= 30) paragraphs++;
                sentencesSeen |= bodyParagraph;
                continue;
            }
            // An item of a "related news" list ("- Đoàn đại biểu ... thăm TPHCM (01-08-2009)") dates another article; a bare
            // date after a bullet ("• June 28, 2024") is this one's.
            if (IsListItem(toks) && words >= 4) continue;
            // A short sentence of the body ("The ties began on July 23, 2019 in Hue.") is no date line.
            if (sentencesSeen && EndsWithPeriod(lines[i]) && !IsPlaceAndDate(toks, f)) continue;
            // A date line after two body paragraphs, or one ending with a full stop, closes a short article: its date, not a
            // header ("Date:2006-11-15 9:59:07" under the text).
            if ((paragraphs >= 2 || sentencesSeen) && words <= 14)
            {
                result.Published = f.Date;
                result.WirePlace = FiledPlace(toks, f);
                break;
            }
            // "Ngày 1-4-2025, Đoàn công tác ... đã đến chào ..." after a paragraph of body text (a long line ending with a full
            // stop, not a long headline): a dated sentence of the body.
            if (sentencesSeen && words > 14) { if (words >= 30) paragraphs++; continue; }
            bool leading = f.FirstToken <= 2 && (f.FirstToken == 0 || IsDateLabel(toks, f.FirstToken));
            // "DA LAT, Vietnam, Dec. 21 (Yonhap) -- The South Korean city ...": a wire dateline, place and date before a dash.
            int wireDash = WireDash(toks, f.FirstToken, f.EndToken);
            // A bracketed date ends a headline or opens the text; one inside a long sentence ("kỷ niệm 46 năm Ngày ký Hiệp ước
            // ... (18/7/1977), hai tỉnh ...") is a date the text mentions.
            bool bracketed = f.FirstToken > 0 && IsInsideParens(toks, f.FirstToken, f.EndToken)
                && (words <= 14 || OpeningParen(toks, f.FirstToken) == 0 || f.EndToken + 1 >= toks.Count);
            if (words > 14 && !leading && !bracketed && wireDash < 0) { sentencesSeen |= bodyParagraph; continue; }
            datelineIdx = i;
            result.Published = f.Date;
            if (datelineWeekday >= 0) result.PublishedWeekday = datelineWeekday;
            result.DatelineLine = i + 1;
            // "Matanzas, June 19 (ACN) Authorities in this western Cuban province ...": a dateline closed by its agency stays in the
            // lead's sentence, where it says which place "this province" is.
            // "Chủ Nhật, 12/10/2025 - 21:10": a clock time after the dash is no body.
            if (wireDash >= 0 && CountWords(toks) > CountWords(toks, wireDash + 1))
            {
                bodyStartIdx = i;
                bodyStartOffset = toks[wireDash].IsPunct(')') ? 0 : toks[wireDash + 1].Start;
                if (bodyStartOffset > 0) result.WirePlace = WirePlaceOf(toks);
            }
            else if (leading && words - CountWords(toks, Math.Min(toks.Count, f.EndToken)) >= 4)
            {
                // " date 2024-04-12 A Goulburn Mulwaree Council delegation will ...": the rest is body.
                int end = f.EndToken;
                while (end < toks.Count && (toks[end].Kind == TokenKind.Punct || (toks[end].IsNumber && end + 1 < toks.Count && toks[end + 1].IsPunct(':'))))
                    end++;
                // "Ngày 12/3/2019, Chủ tịch UBND ... đã ký kết ...": a date set off by a comma opens the lead sentence and
                // stays in it (it dates what the sentence reports); a bare date before the text is only the dateline.
                bool opensSentence = f.EndToken < toks.Count && toks[f.EndToken].IsPunct(',');
                if (end < toks.Count) { bodyStartIdx = i; bodyStartOffset = opensSentence ? 0 : toks[end].Start + WireDatelineLength(lines[i].Substring(toks[end].Start)); }
            }
            // "Headline (22:48 25/06/2019)": the date is cut off the headline; not when it opens a line of body text
            // ("(25/06/2019) A delegation will ..."), which keeps its text from bodyStartOffset.
            datelineBracketed = bracketed && bodyStartIdx != i;
            if (datelineBracketed) lines[i] = lines[i].Substring(0, toks[OpeningParen(toks, f.FirstToken)].Start).TrimEnd();
            break;
        }
        // "DONG HA, March 18 (VNA) – ..." then "Published: 18/03/2025 16:40 | Print": the page's own date line gives the year.
        if (datelineIdx >= 0 && result.Published is { Year: null, Month: int month, Day: int day }
            && YearOfDateLineAfter(lines, datelineIdx, monthFirst, month, day) is int year)
            result.Published = PartialDate.FromDate(year, month, day);

        if (result.Published is null && ClosingDateLine(lines, monthFirst, out string? closingPlace) is { } closing)
        {
            result.Published = closing;
            result.WirePlace ??= closingPlace;
        }

        // ---- title: the first headline-like line before (or just after) the dateline
        int titleIdx = -1;
        int seenBefore = 0;
        int limit = datelineIdx >= 0 ? datelineIdx + 4 : HeaderSearchLines + 2;
        for (int i = 0; i < lines.Count && i <= limit; i++)
        {
            if (i == datelineIdx && bodyStartIdx != i)
            {
                // "Headline (22:48 25/06/2019)": the dateline was cut off the headline.
                if (datelineBracketed) { titleIdx = i; break; }
                seenBefore++;
                continue;
            }
            if (i == bodyStartIdx) break;
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            var toks = Tokenizer.Tokenize(line);
            int words = CountWords(toks);
            // A line ending a sentence (or holding two) is the body's first paragraph, not a headline,
            // unless it opens the file.
            if ((EndsWithPeriod(line) || line.IndexOf(". ", StringComparison.Ordinal) > 0) && seenBefore > 0) break;
            // A long opening line that ends a sentence is the lead paragraph of an article without a headline.
            if (EndsWithPeriod(line) && words >= 25) break;
            seenBefore++;
            if (words < 4 || IsMenu(line, toks) || IsTicker(line, words) || StartsWithFold(toks, "by") || IsLabelled(toks)) continue;
            titleIdx = i;
            break;
        }
        // Site chrome before the headline ("Tin tức và Sự kiện"): the headline is the line just above the dateline.
        if (titleIdx >= 0 && datelineIdx > titleIdx && !datelineBracketed && bodyStartIdx != datelineIdx)
        {
            int nonEmpty = 0;
            for (int i = datelineIdx - 1; i > titleIdx && nonEmpty < 2; i--)
            {
                string line = lines[i].Trim();
                if (line.Length == 0) continue;
                nonEmpty++;
                var toks = Tokenizer.Tokenize(line);
                if (CountWords(toks) < 4 || EndsWithPeriod(line) || IsMenu(line, toks) || IsTicker(line, CountWords(toks)) || StartsWithFold(toks, "by")) continue;
                titleIdx = i;
                break;
            }
        }
        // "BÁO LÂM ĐỒNG ĐIỆN TỬ", a menu, the dateline, then the headline: a site's name above its menu is no headline.
        if (titleIdx >= 0 && datelineIdx > titleIdx && bodyStartIdx != datelineIdx && MenuBetween(lines, titleIdx, datelineIdx)
            && HeadlineAfter(lines, datelineIdx) is int below)
            titleIdx = below;
        if (titleIdx >= 0)
        {
            result.Title = lines[titleIdx].Trim();
            result.TitleLine = titleIdx + 1;
            result.Lines.Add(new BodyLine(titleIdx + 1, result.Title, lines[titleIdx].IndexOf(result.Title, StringComparison.Ordinal), true, false));
        }

        // ---- body
        int first = bodyStartIdx >= 0 ? bodyStartIdx : Math.Max(titleIdx, datelineIdx) + 1;
        var candidates = new List<(int Index, string Text, int Offset)>();
        int substantial = 0;
        for (int i = first; i < lines.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            int offset = i == bodyStartIdx ? bodyStartOffset : 0;
            string raw = lines[i].Substring(offset);
            string line = raw.Trim();
            if (line.Length == 0) continue;
            // "20 Jun 2015 10:20am" then "WINDHOEK, 20 JUN (NAMPA) – The Khomas Region ...": the wire dateline under a date
            // line repeats it.
            if (candidates.Count == 0 && datelineIdx >= 0 && i != bodyStartIdx && WireDatelineLength(raw) is int wire and > 0)
            {
                result.WirePlace = WirePlaceOf(Tokenizer.Tokenize(raw));
                offset += wire;
                raw = raw.Substring(wire);
                line = raw.Trim();
            }
            // Counted up to 8: the rules below only compare with 8 or fewer.
            int lineWords = Tokenizer.CountWords(line, 8);
            if (substantial > 0 && IsEndMarker(line, lineWords)) break;
            // A sentence, not a headline: "Share: Facebook | X | Email" under "News Release: Delegation from ..." opens the body.
            if (lineWords >= 8 && EndsWithPeriod(line)) substantial++;
            // Where the trimmed line starts in the raw one: after its leading white space (no search for the text).
            int lead = 0;
            while (char.IsWhiteSpace(raw[lead])) lead++;
            candidates.Add((i, line, offset + lead));
        }

        // Trailing teasers end with " |"; so do bylines-with-credit of photos inside the body.
        int stop = candidates.Count;
        while (stop > 0 && candidates[stop - 1].Text.EndsWith("|", StringComparison.Ordinal)) stop--;
        // A short line without a final full stop at the end is a byline ("Hạnh Trần (t/h)", "Đông Hải").
        while (stop > 0 && IsByline(candidates[stop - 1].Text)) stop--;

        var teaser = new bool[stop];
        for (int k = 0; k < stop; k++)
        {
            string t = candidates[k].Text;
            bool dup = IsSelfDuplicate(t) || (k + 1 < stop && candidates[k + 1].Text == t);
            if (!dup) continue;
            // A sentence of the body written twice (a paragraph pasted again) is no teaser headline: those end without a
            // full stop. It is read once; the line after it is body.
            if (!IsSelfDuplicate(t) && EndsWithPeriod(t) && Tokenizer.CountWords(t, 8) >= 8)
            {
                int again = k + 1;
                while (again < stop && candidates[again].Text == t) teaser[again++] = true;
                k = again - 1;
                continue;
            }
            teaser[k] = true;
            int n = k + 1;
            while (n < stop && candidates[n].Text == t) { teaser[n] = true; n++; }
            // The teaser's summary follows its headline, unless another teaser headline does, or the headline is the
            // article's own printed again (its text came earlier): then the body follows.
            if (n < stop && t != result.Title && !WrittenBefore(candidates, k, t) && !IsSelfDuplicate(candidates[n].Text) && !(n + 1 < stop && candidates[n + 1].Text == candidates[n].Text))
                teaser[n] = true;
        }

        int wrapWidth = HardWrapWidth(candidates, stop);
        for (int k = 0; k < stop; k++)
        {
            if (teaser[k]) continue;
            var (idx, t, offset) = candidates[k];
            if (CountLetters(t, 3) < 3 || t.Length < 40 && IsByline(t) && StartsWithByWord(t)) continue;
            // A hard-wrapped paragraph is read as one line (and only then judged a caption or not).
            List<(int At, int Number, int Offset)>? continuations = null;
            int widest = candidates[k].Text.Length;
            while (k + 1 < stop && !teaser[k + 1] && candidates[k + 1].Index == candidates[k].Index + 1
                && WrapsInto(candidates[k].Text, candidates[k + 1].Text, Math.Max(continuations is not null ? widest : 0, wrapWidth)))
            {
                k++;
                widest = Math.Max(widest, candidates[k].Text.Length);
                (continuations ??= new()).Add((t.Length + 1, candidates[k].Index + 1, candidates[k].Offset));
                t = t + " " + candidates[k].Text;
            }
            bool caption = IsCaption(t, out int creditAt);
            if (creditAt >= 0) t = t.Substring(0, creditAt).TrimEnd();
            if (t.EndsWith("|", StringComparison.Ordinal)) t = t.TrimEnd('|', ' ');
            if (t.Length == 0) continue;
            continuations?.RemoveAll(c => c.At >= t.Length);
            result.Lines.Add(new BodyLine(idx + 1, t, offset, false, caption, continuations is { Count: > 0 } ? continuations : null));
        }

        if (titleIdx < 0)
        {
            // No headline: the first body sentence stands for it.
            foreach (var l in result.Lines)
            {
                var s = SentenceSplitter.Split(l.Text);
                if (s.Count == 0) continue;
                result.Title = l.Text.Substring(s[0].Start, s[0].Length);
                result.TitleLine = l.Number;
                break;
            }
        }
        return result;
    }

    /// <summary>
    /// A hard-wrapped paragraph (agenda reports, PDF text): a line of several words that ends mid-sentence (no closing
    /// mark) and runs on into the next, which opens in lower case or follows a function word or a comma
    /// ("... and the City Council of" / "Sakura City discussed and approved ..."). Once a paragraph is seen to wrap (its
    /// widest line so far <paramref name="wrappedWidth"/>, else 0), a line as wide ending mid-sentence runs on whatever the next
    /// opens with ("... by Lord Mayor Jens" / "Hollmann and ..."); a shorter one ends its item or paragraph.
    /// </summary>
    private static bool WrapsInto(string line, string next, int wrappedWidth)
    {
        bool inWrappedParagraph = wrappedWidth > 0 && line.Length * 100 >= wrappedWidth * 85 && !OpensAnItem(next);
        char last = line[line.Length - 1];
        if (!(char.IsLetter(last) || last == ',') || Tokenizer.CountWords(line, 6) < 6) return false;
        // "“sister city” to ...": an opening quote before the next line's first letter.
        char first = next[0] is '"' or '“' or '‘' && next.Length > 1 ? next[1] : next[0];
        // "... năm" / "2019 có hơn ...": inside a wrapped paragraph a number goes on with it.
        if (!char.IsLetter(first)) return inWrappedParagraph && char.IsDigit(first);
        if (char.IsLower(first) || last == ',' || inWrappedParagraph) return true;
        int space = line.LastIndexOf(' ');
        return Lexicon.WrapEndingWords.Contains(line.Substring(space + 1).ToLowerInvariant());
    }

    /// <summary>
    /// The width an article is hard-wrapped at (text copied from a terminal or an e-mail), else 0: its lines of six words or
    /// more are all at most <see cref="WidestWrappedLine"/> characters, and at least four of them, and two in five, end
    /// mid-sentence within a sixth of the widest. Then a paragraph's first line is known to wrap before its second is read.
    /// </summary>
    private static int HardWrapWidth(List<(int Index, string Text, int Offset)> candidates, int stop)
    {
        int widest = 0;
        var wordyLines = new List<string>();
        for (int k = 0; k < stop; k++)
        {
            string t = candidates[k].Text;
            if (Tokenizer.CountWords(t, 6) < 6) continue;
            if (t.Length > WidestWrappedLine) return 0;
            widest = Math.Max(widest, t.Length);
            wordyLines.Add(t);
        }
        int midSentence = 0;
        foreach (string t in wordyLines)
        {
            char last = t[t.Length - 1];
            if (t.Length * 6 >= widest * 5 && (char.IsLetter(last) || last == ',')) midSentence++;
        }
        return midSentence >= 4 && midSentence * 5 >= wordyLines.Count * 2 ? widest : 0;
    }

    // Terminals and e-mail wrap at 72 to 80 columns; a page's paragraphs run far longer.
    private const int WidestWrappedLine = 90;

    /// <summary>"Day 4 (19 September): ...", "Ngày 2: ...": a line opening a programme's item with a word and a number.</summary>
    private static bool OpensAnItem(string line)
    {
        int space = line.IndexOf(' ');
        return space > 0 && space + 1 < line.Length && char.IsDigit(line[space + 1]);
    }

    private static readonly char[] s_breaks = { '\n', '\r' };

    /// <summary>Splits on \r\n, \n and \r, keeping 1-based numbering by index + 1.</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        // From one line break to the next (a vectorised search).
        for (int i = text.IndexOfAny(s_breaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(s_breaks, i + 1) : -1)
        {
            char c = text[i];
            lines.Add(text.Substring(start, i - start));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lines.Add(text.Substring(start));
        return lines;
    }

    /// <summary>
    /// The year of a short date line among the few lines after a dateline without one, when it dates the same day or the next
    /// (a page's "Published:" line); or null.
    /// </summary>
    private static int? YearOfDateLineAfter(List<string> lines, int datelineIdx, bool monthFirst, int month, int day)
    {
        int nonEmpty = 0;
        for (int i = datelineIdx + 1; i < lines.Count && nonEmpty < YearLineSearchLines; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            nonEmpty++;
            if (!HasAsciiDigit(lines[i], out _)) continue;
            var toks = Tokenizer.Tokenize(lines[i]);
            if (CountWords(toks) > 14 || DatelineParser.Find(toks, monthFirst) is not { Date: { Year: int year, Month: int m, Day: int d } } || m != month) continue;
            if (d == day || d == day + 1) return year;
        }
        return null;
    }

    /// <summary>
    /// "GENERAL SANTOS CITY, July 23, 2023" on a line of its own past the header: a full date, with at most a capitalised
    /// place before it (<paramref name="place"/>, where the report was filed) and nothing after, that dates a page whose
    /// header has none; or null.
    /// </summary>
    private static PartialDate? ClosingDateLine(List<string> lines, bool monthFirst, out string? place)
    {
        place = null;
        for (int i = HeaderSearchLines; i < lines.Count; i++)
        {
            if (!HasAsciiDigit(lines[i], out _)) continue;
            var toks = Tokenizer.Tokenize(lines[i]);
            if (CountWords(toks) > 10 || IsListItem(toks)) continue;
            if (DatelineParser.Find(toks, monthFirst) is not { Date.Year: not null } found || !IsPlaceAndDate(toks, found)) continue;
            place = FiledPlace(toks, found);
            return found.Date;
        }
        return null;
    }

    /// <summary>Whether the line is the date alone, or after a place of at most four capitalised words ("GENERAL SANTOS CITY, July 23, 2023").</summary>
    private static bool IsPlaceAndDate(TokenList toks, DatelineParser.Found found)
    {
        bool placeOnly = CountWords(toks, found.FirstToken) <= 4;
        for (int k = 0; k < found.FirstToken && placeOnly; k++) placeOnly = !toks[k].IsWord || toks[k].Cap;
        for (int k = found.EndToken; k < toks.Count && placeOnly; k++) placeOnly = toks[k].Kind == TokenKind.Punct;
        return placeOnly;
    }

    /// <summary>"ILOILO CITY, July 23, 2023": the place a closing date line says the report was filed in, else null.</summary>
    private static string? FiledPlace(TokenList toks, DatelineParser.Found found) =>
        found.FirstToken > 0 && IsPlaceAndDate(toks, found) ? WirePlaceOf(toks) : null;

    /// <summary>Whether <paramref name="line"/> has an ASCII digit; <paramref name="digit"/>: a digit of any script.</summary>
    private static bool HasAsciiDigit(string line, out bool digit)
    {
        digit = false;
        foreach (char c in line)
        {
            if (c >= '0' && c <= '9') { digit = true; return true; }
            if (c >= '\u0080' && char.IsDigit(c)) digit = true;
        }
        return false;
    }

    private static bool HasNumber(TokenList toks)
    {
        foreach (var t in toks) if (t.IsNumber) return true;
        return false;
    }

    private static int CountWords(TokenList toks) => CountWords(toks, toks.Count);

    /// <summary>The word tokens among the first <paramref name="end"/> tokens.</summary>
    private static int CountWords(TokenList toks, int end)
    {
        int n = 0;
        for (int i = 0; i < end; i++) if (toks[i].IsWord) n++;
        return n;
    }

    /// <summary>The letters of <paramref name="s"/>, counted up to <paramref name="atMost"/>.</summary>
    private static int CountLetters(string s, int atMost)
    {
        int n = 0;
        foreach (char c in s)
            if (char.IsLetter(c) && ++n >= atMost) break;
        return n;
    }

    private static bool IsDateLabel(TokenList toks, int first)
    {
        for (int i = 0; i < first; i++)
            if (!(toks[i].Kind == TokenKind.Punct || Lexicon.DateLabelWords.Contains(toks[i].Form))) return false;
        return true;
    }

    /// <summary>The place opening a wire dateline: its words up to the first comma, bracket or date.</summary>
    private static string WirePlaceOf(TokenList toks)
    {
        int end = 0;
        while (end < toks.Count && DatelineParser.IsWirePlacePiece(toks, end) && !toks[end].IsPunct(',')) end++;
        return toks.Spelled(0, end - 1);
    }

    /// <summary>
    /// " date 2023-05-11 Accra, May 11, GNA – A twinning ...": the length of a wire dateline opening <paramref name="text"/>
    /// after the date it repeats (up to the body's first word), or 0.
    /// </summary>
    private static int WireDatelineLength(string text)
    {
        var toks = Tokenizer.Tokenize(text);
        if (DatelineParser.FindWireMonthDay(toks) is not { } wire) return 0;
        int dash = WireDash(toks, wire.FirstToken, wire.EndToken);
        return dash >= 0 && dash + 1 < toks.Count ? toks[dash + 1].Start : 0;
    }

    /// <summary>
    /// The dash closing a wire dateline ("DA LAT, Vietnam, Dec. 21 (Yonhap) --"), or the bracket closing its agency when the
    /// text follows it: only capitalised words and commas before the date, at most a bracketed agency after it; -1 when the
    /// date is not one.
    /// </summary>
    private static int WireDash(TokenList toks, int first, int end)
    {
        if (first == 0 || first > 8) return -1;
        // "LAREDO, Texas (Aug. 22, 2024) —": the date may open a bracket.
        // "Hà Nội, ngày 12/10/2025 (TTXVN) -": "ngày" before the date.
        for (int k = 0; k < first; k++)
            if (!(DatelineParser.IsWirePlacePiece(toks, k) || (k == first - 1 && k > 0 && (toks[k].IsPunct('(') || toks[k].Is("ngay"))))) return -1;
        for (int k = end; k < toks.Count && k <= end + 4; k++)
        {
            if (toks[k].IsPunct('-') || toks[k].IsPunct('–') || toks[k].IsPunct('—'))
            {
                // "On March 5-7, the delegation ...": a dash joining two days is a range, not a dateline's.
                if (!toks[k].SpaceBefore && k + 1 < toks.Count && toks[k + 1].IsNumber && !toks[k + 1].SpaceBefore) return -1;
                while (k + 1 < toks.Count && (toks[k + 1].IsPunct('-') || toks[k + 1].IsPunct('–') || toks[k + 1].IsPunct('—'))) k++;
                return k;
            }
            // "Havana, May 24 (Prensa Latina) The Vietnamese province ...": a bracketed agency ends the dateline as a dash would.
            if (toks[k].IsPunct(')') && toks[end].IsPunct('(') && k > end + 1 && k + 1 < toks.Count && toks[k + 1].IsWord && toks[k + 1].Cap
                && toks[k + 1].SpaceBefore) return k;
            // "Accra, May 11, GNA –": the agency after a comma.
            if (!(toks[k].IsPunct('(') || toks[k].IsPunct(')') || toks[k].IsPunct(',') || (toks[k].IsWord && toks[k].Cap))) return -1;
        }
        return -1;
    }

    private static bool IsListItem(TokenList toks) =>
        toks.Count > 1 && toks[0].Kind == TokenKind.Punct && toks[0].Text is "-" or "•" or "*" or "–" or "+" && toks[1].SpaceBefore;

    private static bool IsInsideParens(TokenList toks, int first, int end) =>
        OpeningParen(toks, first) >= 0 && end < toks.Count && toks[end].IsPunct(')');

    private static int OpeningParen(TokenList toks, int first)
    {
        // "(22:48 25/06/2019)": the parenthesis may hold a time before the date.
        for (int i = first - 1; i >= 0 && i >= first - 4; i--)
        {
            if (toks[i].IsPunct('(')) return i;
            if (!(toks[i].IsNumber || toks[i].IsPunct(':'))) return -1;
        }
        return -1;
    }

    /// <summary>Whether the line opens with a label of one or two words and a colon ("Media contact:", "Posted:").</summary>
    private static bool IsLabelled(TokenList toks)
    {
        for (int k = 0; k < toks.Count && k <= 2; k++)
            if (toks[k].IsPunct(':')) return k > 0;
            else if (!toks[k].IsWord) return false;
        return false;
    }

    private static bool MenuBetween(List<string> lines, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (lines[i].Trim() is { Length: > 0 } line && IsMenu(line, Tokenizer.Tokenize(line))) return true;
        return false;
    }

    /// <summary>The first line after <paramref name="datelineIdx"/> when it reads as a headline (no sentence, no menu), else null.</summary>
    private static int? HeadlineAfter(List<string> lines, int datelineIdx)
    {
        for (int i = datelineIdx + 1; i < lines.Count; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0) continue;
            var toks = Tokenizer.Tokenize(line);
            // "Media contact: Office of Communications": a header's label and its value.
            if (IsLabelled(toks)) continue;
            int words = CountWords(toks);
            bool headline = words >= 4 && !EndsWithPeriod(line) && line.IndexOf(". ", StringComparison.Ordinal) < 0
                && !IsMenu(line, toks) && !IsTicker(line, words) && !StartsWithFold(toks, "by");
            return headline ? i : null;
        }
        return null;
    }

    private static bool IsMenu(string line, TokenList toks)
    {
        int bars = 0, crumbs = 0;
        foreach (char c in line)
        {
            if (c == '|' || c == '/') bars++;
            else if (c == '>' || c == '»') crumbs++;
        }
        // "Thời sự | Kinh tế | Văn hóa - Du lịch | Xã hội | ...": a long menu is still a word or three an item; so is a
        // breadcrumb ("Tin tức > Đối ngoại").
        int words = CountWords(toks);
        if (bars >= 2 && (words <= 10 || words <= 3 * (bars + 1))) return true;
        if (crumbs >= 1 && words <= 3 * (bars + crumbs + 1)) return true;
        string folded = Folding.Fold(line);
        foreach (var m in Lexicon.MenuWords)
            if (folded.StartsWith(m, StringComparison.Ordinal) && (folded.Length == m.Length || folded[m.Length] == ' ')) return true;
        return false;
    }

    /// <summary>
    /// A headline ticker: many words strung together without any sentence punctuation. A Vietnamese headline has as many
    /// syllables ("Nghệ sĩ xứ Thanh tỏa sáng tại Liên hoan ..., mở rộng hợp tác với tỉnh Vitebsk (Bê-la-rút)" has 21), but
    /// punctuates its parts.
    /// </summary>
    private static bool IsTicker(string line, int words) =>
        words >= 20 && line.IndexOf(". ", StringComparison.Ordinal) < 0 && !EndsWithPeriod(line) && line.IndexOf("...", StringComparison.Ordinal) < 0
        && (words >= 30 || line.IndexOfAny(s_headlinePunctuation) < 0);

    private static readonly char[] s_headlinePunctuation = { ',', ':', '(', '"', '“', '–', ';' };

    /// <summary>
    /// Where a news agency's credit after a line's last full stop starts ("... in Kuala Lumpur.-Bernama",
    /// "... on Friday. — AFP"): one capitalised word after a dash; null when the line has none.
    /// </summary>
    private static int? AgencyCreditAt(string line)
    {
        int k = line.Length;
        while (k > 0 && char.IsLetter(line[k - 1])) k--;
        int wordAt = k;
        if (line.Length - wordAt is < 2 or > 20 || !char.IsUpper(line[wordAt])) return null;
        while (k > 0 && line[k - 1] == ' ') k--;
        if (k == 0 || line[k - 1] is not ('-' or '–' or '—')) return null;
        k--;
        while (k > 0 && line[k - 1] == ' ') k--;
        return k > 0 && line[k - 1] is '.' or '!' or '?' or '”' or '"' ? k : null;
    }

    private static bool EndsWithPeriod(string line)
    {
        // The last character before closing quotes, brackets and spaces, found in place (asked of every body line).
        int end = line.Length;
        while (end > 0 && line[end - 1] is '"' or '”' or ' ' or ')') end--;
        return end > 0 && line[end - 1] is '.' or '!' or '?';
    }

    private static bool StartsWithFold(TokenList toks, string fold) => toks.Count > 0 && toks[0].Is(fold);

    private static bool IsEndMarker(string line, int words)
    {
        // Only the fold of the line's start is compared: folded into a small buffer, the whole line is never folded.
        Span<char> buffer = stackalloc char[s_longestEndMarker + 2];
        int n = Folding.FoldPrefix(line, buffer, out bool complete);
        ReadOnlySpan<char> folded = n >= 0 ? buffer.Slice(0, n) : Folding.Fold(line).AsSpan();
        if (n < 0) complete = true;
        if (folded.Length == 0) return false;
        // Only the markers starting with the fold's first character can match; they keep the list's order.
        foreach (var m in folded[0] < 128 ? s_endMarkersByFirst[folded[0]] : Lexicon.EndMarkers)
        {
            if (!folded.StartsWith(m.AsSpan(), StringComparison.Ordinal)) continue;
            // The fold is longer than the marker when more of it was written, or when it did not fit.
            bool longer = folded.Length > m.Length || !complete;
            if (longer && folded[m.Length] != ' ') continue;
            if (!longer) return true;
            bool colon = FoldedPrefixEndsWithColon(line, m);
            if (colon && !Lexicon.ShortOnlyEndMarkers.Contains(m)) return true;
            if (colon && words <= 6) return true;
            if (!Lexicon.ShortOnlyEndMarkers.Contains(m) && words <= 4) return true;
        }
        return false;
    }

    private static readonly int s_longestEndMarker = Longest(Lexicon.EndMarkers);

    // The end markers by their first character (ASCII; the folded markers all are), in list order.
    private static readonly string[][] s_endMarkersByFirst = ByFirstCharacter(Lexicon.EndMarkers);

    private static string[][] ByFirstCharacter(string[] items)
    {
        var table = new string[128][];
        for (int c = 0; c < 128; c++)
        {
            var list = new List<string>();
            foreach (var s in items)
                if (s.Length > 0 && s[0] == c) list.Add(s);
            table[c] = list.ToArray();
        }
        return table;
    }

    private static int Longest(IEnumerable<string> items)
    {
        int n = 0;
        foreach (var s in items) n = Math.Max(n, s.Length);
        return n;
    }

    private static bool FoldedPrefixEndsWithColon(string line, string marker)
    {
        // "TAG: Vietnam news ...", "Reactions:" — the marker is a label.
        int words = marker.Split(' ').Length;
        var toks = Tokenizer.Tokenize(line);
        int w = 0;
        for (int i = 0; i < toks.Count; i++)
        {
            if (toks[i].IsWord) w++;
            if (w == words) return i + 1 < toks.Count ? toks[i + 1].IsPunct(':') : true;
        }
        return false;
    }

    private static bool WrittenBefore(List<(int Index, string Text, int Offset)> lines, int before, string text)
    {
        for (int k = 0; k < before; k++) if (lines[k].Text == text) return true;
        return false;
    }

    private static bool IsSelfDuplicate(string t)
    {
        // "Headline Headline": a teaser's title written twice on one line.
        if (t.Length < 21 || t.Length % 2 == 0) return false;
        int half = t.Length / 2;
        return t[half] == ' ' && string.CompareOrdinal(t, 0, t, half + 1, half) == 0;
    }

    private static bool IsByline(string t)
    {
        int words = Tokenizer.CountWords(t, 9); // only compared with 8 and 4
        if (StartsWithByWord(t) && words <= 8) return true;
        return words <= 4 && !EndsWithPeriod(t) && FirstTokenCapitalised(t);
    }

    /// <summary>Whether <c>Tokenizer.Tokenize(t)</c> has a first token and it is <see cref="Token.Cap"/>.</summary>
    private static bool FirstTokenCapitalised(string t)
    {
        foreach (char c in t)
            if (!char.IsWhiteSpace(c)) return char.IsUpper(c);
        return false;
    }

    private static readonly string[] s_byWords = { "by ", "reported by ", "written by ", "story by " };
    private static readonly int s_longestByWords = Longest(s_byWords);

    private static bool StartsWithByWord(string t)
    {
        // Only the fold of the line's start is compared (as for the end markers): the whole line is never folded.
        Span<char> buffer = stackalloc char[s_longestByWords];
        int n = Folding.FoldPrefix(t, buffer, out _);
        ReadOnlySpan<char> f = n >= 0 ? buffer.Slice(0, n) : Folding.Fold(t).AsSpan();
        foreach (var by in s_byWords)
            if (f.StartsWith(by.AsSpan(), StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] s_creditMarkers = { "(Photo", "Photos:", "Photo:", "(Ảnh", "Ảnh:", "(Photo:", "Nguồn ảnh" };
    private static readonly char[] s_creditFirsts = FirstsOf(s_creditMarkers);

    private static char[] FirstsOf(string[] markers)
    {
        var firsts = new List<char>();
        foreach (var m in markers) if (!firsts.Contains(m[0])) firsts.Add(m[0]);
        return firsts.ToArray();
    }

    private const int LongestCaptionWords = 34;

    /// <summary>Photo captions: a credit ("Photo: ...", "(Ảnh: ...)"), or a short line that never ends a sentence.</summary>
    private static bool IsCaption(string t, out int creditAt)
    {
        // The first place where a credit marker starts: one scan for the markers' first characters.
        creditAt = -1;
        for (int at = t.IndexOfAny(s_creditFirsts); at >= 0 && creditAt < 0; at = at + 1 < t.Length ? t.IndexOfAny(s_creditFirsts, at + 1) : -1)
            foreach (var marker in s_creditMarkers)
                if (string.CompareOrdinal(t, at, marker, 0, marker.Length) == 0 && at + marker.Length <= t.Length) { creditAt = at; break; }
        if (creditAt >= 0) return true;
        if (t.EndsWith("|", StringComparison.Ordinal)) return true;
        // A paragraph of 35 words or more is body text that lost its full stop, not a caption.
        return !EndsWithPeriod(t) && !t.EndsWith("…", StringComparison.Ordinal) && !t.EndsWith(":", StringComparison.Ordinal)
            && Tokenizer.CountWords(t, LongestCaptionWords + 1) <= LongestCaptionWords;
    }

    internal static string Normalize(string text)
    {
        // Pages copied from HTML source keep entities ("Ph&aacute;t biểu", "&quot;"): decoded, their words read as written.
        text = DecodeHtmlEntities(text);
        // NFC so precomposed and decomposed Vietnamese compare alike; a lone surrogate makes Normalize throw.
        if (IsNfcWhateverTheContext(text)) return text;
        if (HasSurrogate(text)) return SafeNormalize(text);
        // Most articles already are NFC: checking is cheaper than composing.
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Whether every character is one NFC leaves as it is wherever it stands (no combining mark, no character that composes
    /// with the one before, none NFC replaces): ASCII, Latin letters with precomposed diacritics, Latin Extended Additional
    /// (Vietnamese ạ ế ử ...) and general punctuation and currency signs. Such a text is NFC without asking ICU.
    /// </summary>
    private static bool IsNfcWhateverTheContext(string text)
    {
        // A vector of characters at a time, all three ranges tested with vector operations: Vietnamese text has a letter of
        // Latin Extended Additional in most vectors, and testing those characters one by one costs more than ICU.
        var vectors = MemoryMarshal.Cast<char, Vector<ushort>>(text.AsSpan());
        var combining = new Vector<ushort>(0x300);
        var extendedAdditional = new Vector<ushort>(0x1E00);
        var extendedAdditionalSize = new Vector<ushort>(0x100);
        var punctuation = new Vector<ushort>(0x2010);
        var punctuationSize = new Vector<ushort>(0xC0);
        var everyOne = new Vector<ushort>(ushort.MaxValue);
        foreach (var v in vectors)
        {
            // Unsigned: a character below a range's start wraps around to a large difference.
            var kept = Vector.LessThan(v, combining) | Vector.LessThan(v - extendedAdditional, extendedAdditionalSize)
                | Vector.LessThan(v - punctuation, punctuationSize);
            if (!Vector.EqualsAll(kept, everyOne)) return false;
        }
        for (int i = vectors.Length * Vector<ushort>.Count; i < text.Length; i++)
            if (!IsNfcWhateverTheContext(text[i])) return false;
        return true;
    }

    private static bool IsNfcWhateverTheContext(char c) => c < '\u0300' || (uint)(c - '\u1E00') < 0x100 || (uint)(c - '\u2010') < 0xC0;

    /// <summary>
    /// <paramref name="text"/> with each HTML entity ("&amp;amp;", "&amp;eacute;", "&amp;#8220;") decoded; one that decodes to a
    /// control character ("&amp;#10;") becomes a space, so lines keep their numbers. Unknown names stay as written.
    /// </summary>
    private static string DecodeHtmlEntities(string text)
    {
        StringBuilder? sb = null;
        int copied = 0;
        for (int at = text.IndexOf('&'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('&', at + 1) : -1)
        {
            int end = at + 1;
            if (end < text.Length && text[end] == '#') end++;
            int nameStart = end;
            while (end < text.Length && end - nameStart < LongestEntityName && text[end] < '\u0080' && char.IsLetterOrDigit(text[end])) end++;
            if (end == nameStart || end >= text.Length || text[end] != ';') continue;
            string entity = text.Substring(at, end + 1 - at);
            string decoded = System.Net.WebUtility.HtmlDecode(entity);
            if (decoded == entity) continue;
            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, at - copied);
            foreach (char c in decoded) sb.Append(char.IsControl(c) ? ' ' : c);
            copied = end + 1;
            at = end;
        }
        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    // "&thetasym;" is the longest name HTML 4 gives an entity; "&#x1F600;" the longest number worth reading.
    private const int LongestEntityName = 8;

    /// <summary>Whether any character of <paramref name="text"/> is a surrogate: a vector of characters at a time.</summary>
    private static bool HasSurrogate(string text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        var vectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(chars);
        // Surrogates are D800-DFFF: their top five bits are 11011.
        var high = new Vector<ushort>(0xF800);
        var surrogate = new Vector<ushort>(0xD800);
        foreach (var v in vectors)
            if (Vector.EqualsAny(v & high, surrogate)) return true;
        for (int i = vectors.Length * Vector<ushort>.Count; i < chars.Length; i++)
            if (char.IsSurrogate(text[i])) return true;
        return false;
    }

    private static string SafeNormalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[i + 1]); i++; }
            else if (char.IsSurrogate(c)) sb.Append('\uFFFD');
            else sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
