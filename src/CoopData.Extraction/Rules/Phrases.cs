using System.Collections.Generic;

namespace CoopData.Extraction.Rules;

/// <summary>
/// The indexes of the lexicon's phrase lists the stages match most often, held in fields so a match does not
/// look the index up (<see cref="PhraseIndex.Of"/>) every time. Same lists, same results.
/// </summary>
internal static class Phrases
{
    public static readonly PhraseIndex BareLocalityVenues = new(Lexicon.BareLocalityVenues.Keys);
    public static readonly PhraseIndex VillageUnits = new(Lexicon.VillageUnits.Keys);
    public static readonly PhraseIndex BackgroundMarkers = PhraseIndex.Of(Lexicon.BackgroundMarkers)!;
    public static readonly PhraseIndex CapitalBeforeCountry = PhraseIndex.Of(Lexicon.CapitalBeforeCountry)!;
    public static readonly PhraseIndex CommemorationCues = PhraseIndex.Of(Lexicon.CommemorationCues)!;
    public static readonly PhraseIndex CouncilWords = PhraseIndex.Of(Lexicon.CouncilWords)!;
    public static readonly PhraseIndex CooperationCues = PhraseIndex.Of(Lexicon.CooperationCues)!;
    public static readonly PhraseIndex DelegationWords = PhraseIndex.Of(Lexicon.DelegationWords)!;
    public static readonly PhraseIndex HeldCues = PhraseIndex.Of(Lexicon.HeldCues)!;
    public static readonly PhraseIndex Honorifics = PhraseIndex.Of(Lexicon.Honorifics)!;
    public static readonly PhraseIndex InvitationCues = PhraseIndex.Of(Lexicon.InvitationCues)!;
    public static readonly PhraseIndex InstitutionVenueOpeners = PhraseIndex.Of(Lexicon.InstitutionVenueOpeners)!;
    public static readonly PhraseIndex LocalityGroupNouns = PhraseIndex.Of(Lexicon.LocalityGroupNouns)!;
    public static readonly PhraseIndex MeetingContinuations = PhraseIndex.Of(Lexicon.MeetingContinuations)!;
    public static readonly PhraseIndex NegotiatingCues = PhraseIndex.Of(Lexicon.NegotiatingCues)!;
    public static readonly PhraseIndex NonPlacePrefixes = PhraseIndex.Of(Lexicon.NonPlacePrefixes)!;
    public static readonly PhraseIndex OccasionsToldBefore = PhraseIndex.Of(Lexicon.OccasionsToldBefore)!;
    public static readonly PhraseIndex PairAnaphors = PhraseIndex.Of(Lexicon.PairAnaphors)!;
    public static readonly PhraseIndex ToldEventOpeners = PhraseIndex.Of(Lexicon.ToldEventOpenerPhrases)!;
    public static readonly PhraseIndex PeriodOpeners = PhraseIndex.Of(Lexicon.PeriodOpeners)!;
    public static readonly PhraseIndex UntilMarkers = PhraseIndex.Of(Lexicon.UntilMarkers)!;
    public static readonly PhraseIndex HomeDepartures = PhraseIndex.Of(Lexicon.HomeDepartures)!;
    public static readonly PhraseIndex TripDepartures = PhraseIndex.Of(Lexicon.TripDepartures)!;
    public static readonly PhraseIndex StayEndVerbs = PhraseIndex.Of(Lexicon.StayEndVerbs)!;
    public static readonly PhraseIndex DateNamedPlaceNouns = PhraseIndex.Of(Lexicon.DateNamedPlaceNouns)!;
    public static readonly PhraseIndex PersonPrefixes = PhraseIndex.Of(Lexicon.PersonPrefixes)!;
    public static readonly PhraseIndex PlaceSuffixes = PhraseIndex.Of(Lexicon.PlaceSuffixes)!;
    public static readonly PhraseIndex PresenceCues = PhraseIndex.Of(Lexicon.PresenceCues)!;
    public static readonly PhraseIndex ProposedCues = PhraseIndex.Of(Lexicon.ProposedCues)!;
    public static readonly PhraseIndex ContinuationCues = PhraseIndex.Of(Lexicon.ContinuationCues)!;
    public static readonly PhraseIndex FutureMarkers = PhraseIndex.Of(Lexicon.FutureMarkers)!;
    public static readonly PhraseIndex PastTenseVerbs = PhraseIndex.Of(Lexicon.PastTenseVerbs)!;
    public static readonly PhraseIndex VagueTimeCues = PhraseIndex.Of(Lexicon.VagueTimeCues)!;
    public static readonly PhraseIndex InclusionIntroducers = PhraseIndex.Of(Lexicon.InclusionIntroducers)!;
    public static readonly PhraseIndex PartnerListNouns = PhraseIndex.Of(Lexicon.PartnerListNouns)!;
    public static readonly PhraseIndex AutonomousUnitWords = PhraseIndex.Of(Lexicon.AutonomousUnitWords)!;
    public static readonly PhraseIndex RouteWords = PhraseIndex.Of(Lexicon.RouteWords)!;
    public static readonly PhraseIndex SigningVerbs = PhraseIndex.Of(Lexicon.SigningVerbs)!;
    public static readonly PhraseIndex MemorialWords = PhraseIndex.Of(Lexicon.MemorialWords)!;
    public static readonly PhraseIndex StateForms = PhraseIndex.Of(Lexicon.StateForms)!;
    public static readonly PhraseIndex SinceCues = PhraseIndex.Of(Lexicon.SinceCues)!;
    public static readonly PhraseIndex StateRelationCues = PhraseIndex.Of(Lexicon.StateRelationCues)!;
    public static readonly PhraseIndex StrongCooperationCues = PhraseIndex.Of(Lexicon.StrongCooperationCues)!;
    public static readonly PhraseIndex FoundingAgreementCues = PhraseIndex.Of(Lexicon.FoundingAgreementCues)!;
    public static readonly PhraseIndex RelationAnaphors = PhraseIndex.Of(Lexicon.RelationAnaphors)!;
    public static readonly PhraseIndex OtherPartnersOpeners = PhraseIndex.Of(Lexicon.OtherPartnersOpeners)!;
    public static readonly PhraseIndex PartnerListOpeners = PhraseIndex.Of(Lexicon.PartnerListOpeners)!;
    public static readonly PhraseIndex PartnerCountNouns = PhraseIndex.Of(Lexicon.PartnerCountNouns)!;
    public static readonly PhraseIndex Titles = PhraseIndex.Of(Lexicon.Titles)!;
    public static readonly PhraseIndex TwinnedAfterName = PhraseIndex.Of(Lexicon.TwinnedAfterName)!;
    public static readonly PhraseIndex VenueMarkers = PhraseIndex.Of(Lexicon.VenueMarkers)!;
    public static readonly PhraseIndex OrganiserVerbs = PhraseIndex.Of(Lexicon.OrganiserVerbs)!;
    public static readonly PhraseIndex VisitMarkers = PhraseIndex.Of(Lexicon.VisitMarkers)!;

    // Lists held as the keys of the lexicon's pairs: indexed here, so they too get lexicon bits (LexiconBits).

    /// <summary>The phrases of <see cref="Lexicon.EventTriggers"/>, in its order.</summary>
    public static readonly PhraseIndex EventTriggers = new(Keys(Lexicon.EventTriggers));

    /// <summary>The phrases of <see cref="Lexicon.ProgrammeItemKinds"/>, in its order.</summary>
    public static readonly PhraseIndex ProgrammeItemKinds = new(Keys(Lexicon.ProgrammeItemKinds));

    /// <summary>The phrases of <see cref="Lexicon.DaysOfAStay"/>.</summary>
    public static readonly PhraseIndex DaysOfAStay = new(Lexicon.DaysOfAStay.Keys);

    /// <summary>The field cues, the keys of <see cref="Lexicon.Fields"/>.</summary>
    public static readonly PhraseIndex FieldCues = new(Lexicon.Fields.Keys);

    private static IEnumerable<string> Keys(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        foreach (var kv in pairs) yield return kv.Key;
    }
}
