//! Closed word classes and per-language settings: the language data the rules ask about ("is this
//! token an auxiliary?", "is a comma before the cue an incise?"). Read from
//! `ontology/extraction-words.tsv` (lang, class, form) and `ontology/syntax.tsv` (lang, setting,
//! value), and from user files of the same formats (`--lexicon`), so that a language is data.
//!
//! Every form belongs to a class in one language. A rule asks either in the article's language
//! ([`Marks::is`]) or in any language Parley knows ([`Marks::any`]). Membership is computed once per
//! token ([`Words::marks`]): a bit set per class, for the token as written and in lower case.
//!
//! A class's name in the data is its variant's name in kebab case (`SubjectEnd` ↔ `subject-end`).

use rustc_hash::FxHashMap as HashMap;

use super::tokens::Token;
pub use marks::Marks;
use marks::{Bits, ClassBits};
pub use phrases::Phrases;

mod marks;
mod phrases;

macro_rules! classes {
    ($(#[$meta:meta])* $name:ident { $($(#[$doc:meta])* $variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$doc])* $variant,)* }
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
            /// The variant named `name` in the data (kebab case, any case).
            pub fn from_data_name(name: &str) -> Option<Self> {
                let key: String = name.chars().filter(|c| *c != '-').collect();
                Self::ALL.iter().copied().find(|v| {
                    let s = match v { $($name::$variant => stringify!($variant),)* };
                    s.eq_ignore_ascii_case(&key)
                })
            }
        }
    };
}
pub(crate) use classes;

classes! {
    /// A closed class of words (one token each), per language. The comments give examples; the
    /// forms are in `ontology/extraction-words.tsv`.
    W {
        /// Courtesy titles before a name (M., Mr), matched as written, with or without a final dot.
        Title,
        /// Nouns heading an organisation phrase (ministère, Ministry), matched as written.
        Orghead,
        /// Heads of the name of a document, an event or a thing, which is no actor (the Paris
        /// Agreement, le Traité de Lisbonne, the Hubble Telescope), matched as written.
        Document,
        /// Heads of a place's name, its first or last word (the Persian Gulf, Wall Street, la rue
        /// de Rivoli, Mount Everest): no actor, matched as written.
        PlaceHead,
        /// Words of the name of a region of the world (Afrique, Middle East, Latin America):
        /// a name made of them only is no actor and has no country, matched as written.
        WorldRegion,
        /// Adjectives that complete a bare organisation head (fédéral).
        Orgadj,
        /// Nouns in lower case that go on an institution's name after « de » (la cour d'appel,
        /// la Cour de cassation, le tribunal de grande instance, le tribunal de commerce).
        OrgComplement,
        /// Capitalised function words that never start or belong to a name (Le, The, Selon).
        Function,
        /// Subject pronouns that refer to a speaker (il, he); stored in lower case.
        Pronoun,
        /// He and she: pronouns that only stand for a person.
        PersonPronoun,
        /// Ils, elles, they: subject pronouns of a plural, which never stand for one person.
        PluralPronoun,
        /// Object pronouns of a person after a source word (according to him, selon elle).
        ObjectPronoun,
        /// Object pronouns of a plural after a source word (selon eux): the last speaker.
        PluralObjectPronoun,
        /// Nouns that refer back to a document of the last speaker (communiqué, statement).
        Reference,
        /// Prepositions of what is spoken about (asked about incidents that …): what follows is
        /// what is said, not an occasion before it.
        TopicPreposition,
        /// Cue forms that report with what they are about alone, after where and when (spoke at
        /// the rally on Monday about jobs), where other clause cues need a clause.
        TopicCue,
        /// The word between a noun and the name it is given (identified the suspect as X).
        NamingLink,
        /// Nouns of a party's member (Republican, le socialiste): after a definite article and
        /// before a reporting verb, the person spoken of before.
        PartyMember,
        /// Words of a person's gender (she, Mrs, la ministre; he, Mr): pronouns agree with them.
        Feminine,
        Masculine,
        /// Nouns of the person a crime is imputed to (the suspect, le tireur).
        SuspectNoun,
        /// Verb forms that impute a crime to their object (arrested, charged, inculpé).
        ChargeVerb,
        /// Subject pronouns of the first and second person (I, we, je, nous): no one named.
        DialoguePronoun,
        /// Nouns of a country in the singular (nation, pays): the country named before.
        CountryNoun,
        /// Heads of vague sources, never speakers (experts, officials).
        Vague,
        /// Nouns without a plural ending whose verb is plural (police say, people say).
        PluralNoun,
        /// Acronyms of things, units and conditions, which name no actor (PIB, GDP, UTC, ADN).
        ThingAcronym,
        /// Words of a part of a group before its name, alone or with "of" (64 % des électeurs
        /// du PS, 45 percent of Democrats, most Republicans): the part speaks, not the group.
        PartOf,
        /// Words that make a nationality a language (in French, en anglais, Spanish language).
        LanguageMarker,
        /// Words allowed inside a person's name (Le Drian, von der Leyen), as written.
        Particle,
        /// Prefixes of a name word that belong to the name (al-Assad, el-Sisi).
        ParticlePrefix,
        /// Generational suffixes that end a person's name with their dot (Jr., Sr.), as written.
        NameSuffix,
        /// Heads of the name of an institution of a state (police, ministère, navy), in lower case.
        State,
        /// Prefixes that make a role another one of its own (vice-ministre, ex-président).
        RolePrefix,
        /// Capitalised words that begin gazetteer names but are not first names (Crown Prince).
        Notfirst,
        /// Elided articles and pronouns that end their own token (l', qu').
        Elision,
        /// Abbreviations whose dot does not end a sentence (M, Dr, Jan), as written.
        Abbreviation,
        /// Determiners and possessives before a noun (le, the, his).
        Determiner,
        /// A genitive marker that, like a determiner, makes the next word a noun ('s).
        Genitive,
        /// Besides determiners, words after which a form is a noun, not a verb (de, leurs, my).
        NounMarker,
        /// The preposition between a head's descriptor and its name (l'agence de presse Belga).
        DescriptorOf,
        /// Function words that are no adjective after a role noun, whatever their ending.
        NotAdjective,
        /// Definite singular articles (le, la, l', the).
        Definite,
        /// Indefinite singular articles (un, une, a, an).
        Indefinite,
        /// Possessives of one possessor (son, sa, his, her).
        Possessive,
        /// Auxiliaries of compound tenses and the passive (a, ont, est, has, was).
        Aux,
        /// Inverted auxiliaries with their subject pronoun (a-t-il, avait-elle).
        AuxInverted,
        /// Auxiliaries of the pluperfect, inverted ones included (avait, had, avait-il).
        AuxPluperfect,
        /// Infinitive or gerund auxiliaries of a clause that opens a sentence (après avoir
        /// annoncé, after having said): its subject is the main clause's.
        AuxInfinitive,
        /// Auxiliaries that make a participle passive (est, sont, was, were).
        AuxPassive,
        /// Reflexive pronouns (se, s').
        Reflexive,
        /// Cue lemmas whose pronominal form reports nothing (la saison s'annonce difficile).
        MiddleVoice,
        /// Words that end a descriptive subject (an auxiliary or reflexive right after it).
        SubjectEnd,
        /// Prepositions before a mention that is not a subject (à, dans, to, in).
        Preposition,
        /// Prepositions before the place where a role is held, which is not the holder's country
        /// (ambassadeur en Pologne, envoy to Syria).
        Posting,
        /// Prepositions of the place where something is or happens (in London, dans Paris): a
        /// capital after one is a place, not its country's government.
        Locative,
        /// Words after a name that say where the person comes from (X from Kenya; X, originaire
        /// du Kenya).
        Origin,
        /// Genitive prepositions before a complement (de, du, of).
        Of,
        /// Words that introduce a source without a determiner (selon, d'après, according to, by).
        SourceIntro,
        /// Prepositions that introduce the source of a nominal report (de, from, by).
        SourceOf,
        /// Words that introduce the agent of a passive (par, by).
        Agent,
        /// Prepositions of an indirect object before a speaker (au, à, to).
        Dative,
        /// Prepositions before the medium a statement is made on (on Twitter, sur BFMTV, via
        /// Facebook, in an interview with the BBC).
        Medium,
        /// Conjunctions that coordinate (et, and).
        And,
        /// The contrastive conjunction (mais, but): a second verb after it has the subject of the
        /// first one.
        But,
        /// A preposition and an article in one word (au, du, aux, des).
        Contraction,
        /// The capitalised articles a contraction absorbs at the start of a name (Le Monde:
        /// a confié au Monde), as written.
        Contractible,
        /// Relative pronouns of a subject clause (qui, who, which), and those of a person (who).
        Relative,
        RelativePerson,
        /// Words opening an aside between commas that names more of the subject (Some observers,
        /// including X, said; Plusieurs pays, dont la France, ont condamné).
        Including,
        /// Complementizers (que, qu', that).
        Complementizer,
        /// Words that introduce the judgement a clause cue reports (considère comme « politisé »).
        AttributeMarker,
        /// Other relative pronouns (dont; that, also a complementizer).
        RelativeOther,
        /// Modal and future auxiliaries and negations: a cue after them is no report (would, va).
        Modal,
        /// Conjunctions of a hypothetical clause (si, if, unless, whether).
        Conditional,
        /// Words before que that make its clause not yet said (avant que, sans que).
        NotYetQue,
        /// Conjunctions that open a clause subordinate to the main one, alone or before que (as,
        /// when, because; lorsque, parce que): a person pronoun right after one is the main
        /// clause's subject (X spoke over boos as he congratulated Y).
        Subordinator,
        /// Prepositions after which a participle is an adjective (over, about): English.
        AttributiveBefore,
        /// Conjunctions after which a participle heads a passive clause (when asked, unless
        /// told): its subject is spoken to, not speaking. English.
        PassiveClause,
        /// Words after a promise cue that introduce what is promised (à, de, to, that, «).
        PromiseComplement,
        /// Cue forms that report only with a clause or a quote (declared that …, not an act).
        ClauseCue,
        /// Cue forms of a verb that also means to contact someone (called Y.): a report only
        /// with a complement after the object.
        ContactCue,
        /// The conjunction of a reporting clause whose subject follows its verb (comme le
        /// rapporte X, comme l'a indiqué X).
        AsReported,
        /// The pronoun that stands for what is reported in such a clause (le, l').
        NeuterClitic,
        /// Words after which a gerund reports (en, while, after).
        GerundAfter,
        /// Prepositions that open an absolute clause of a name and a gerund (with X saying …).
        Absolute,
        /// The French gerund particle (en).
        GerundParticle,
        /// Object clitics between en and a gerund (lui, leur).
        Clitic,
        /// Single words that may stand between a speaker and its cue (par, pour, de, on, days).
        Adverbial,
        /// Nouns that name the channel or kind of a source before its name (tweet, agence, journal).
        SourceNoun,
        /// Participles that say a document was made public (published, released): right after
        /// the document's noun they describe it (a letter published in The Herald): English.
        IssuingParticiple,
        /// Verb forms of a relative clause that lists whom the subject includes (his critics,
        /// which include Greenpeace, blame him).
        Include,
        /// Words before a role that make it another role (vice, former, ancien), matched as suffixes.
        NotHolder,
        /// Lower-case words inside a ministry's name (Affaires étrangères, Foreign Affairs).
        MinistryWord,
        /// The pronoun that resumes what was said before a relative clause whose subject is
        /// inverted (…, ce qu'a confirmé X; contrairement à ce qu'avait annoncé X): French.
        Resumptive,
        /// Words naming a ministry's field before its head (the Russian foreign ministry,
        /// Russia's defense ministry): English.
        Portfolio,
        /// Word endings of an adjective after a role noun (service politique): French.
        AdjectiveEnding,
        /// Words that join the parts of an organisation's name (Department of Corrections and …).
        NameConnector,
        /// Heads that name a government (gouvernement, government).
        Government,
        /// Heads that name an authority without saying whose (autorités, régime).
        Authority,
        /// The opener of an opinion attributed like "selon" (Pour ce collectif, …): French.
        OpinionIntro,
        /// The preposition that opens a sentence with a study (In a CNN poll released Monday, …).
        StudyIntro,
        /// Words that make the date after them a period's bound (until, since, depuis).
        PeriodBound,
        /// Words that end a period after a word of time (the week ended, l'exercice clos).
        PeriodEnd,
        /// Cue forms that also record a result (posted a loss).
        ResultCue,
        /// Nouns of a result a cue of `ResultCue` may record (profit, victory).
        ResultNoun,
        /// Verb forms of an appeal that report only with its terms (appelle … à).
        TermsCue,
        /// Words that open an appeal's terms (à, au).
        AppealLink,
        /// Nouns of an accounting period (quarter, exercice).
        PeriodNoun,
        /// Ordinal suffixes of a day number (1er, 2nd).
        OrdinalSuffix,
        /// Heads of a person's campaign after the person's name (the Clinton campaign): English.
        CampaignHead,
        /// A person's office after the person's name and the genitive, which speaks for the
        /// person (Powell's office said).
        OfficeNoun,
        /// Participles of backing, which with their agent and no auxiliary report no speech (une
        /// coalition soutenue par l'Arabie saoudite, a group backed by Iran).
        Backing,
        /// Nouns of a place of a medium where one speaks (sur son compte Twitter, la page
        /// Facebook): between the preposition of medium and the medium.
        MediumNoun,
        /// Nouns of an organisation's kind that introduce its name (le quotidien Libération, la
        /// compagnie aérienne Flydubai, the carmaker Nissan).
        KindHead,
        /// Nouns that, definite and alone, refer back to the last organisation of a type of the
        /// gazetteer (`kind::TYPE_NOUNS`): a company (l'entreprise, the firm), a group (le groupe:
        /// a company, an armed group, an NGO), a body (the organisation: an IGO, an NGO), a
        /// party (le parti), a medium (the network, le quotidien).
        CompanyNoun,
        /// Words that end a company's name (Inc, Corp, Holdings, Company), as written.
        CompanyHead,
        GroupNoun,
        BodyNoun,
        PartyNoun,
        MediaNoun,
        /// Nouns of a court (le tribunal, the court), and of its members, who speak as the court
        /// (les juges, les magistrats, the justices).
        CourtNoun,
        CourtMemberNoun,
        /// The definite article of a plural (les, the): the members of a body (les juges).
        DefinitePlural,
        /// Small numbers written as words (trois, nine): how many members speak (les trois
        /// magistrats).
        CountWord,
        /// Cue forms whose passive is no speech (was questioned by police: interrogated).
        NoPassive,
        /// Cue forms that report only what a document says (the statement read: …), not a sign.
        DocumentCue,
        /// Nouns of documents that may be the subject of a document's cue (the decree read).
        DocumentNoun,
        /// Cue forms that report only with a document, a study or a poll as their subject right
        /// before them (the poll showed, les chiffres montrent), not a person showing a thing.
        StudyCue,
        /// Words that make the participle after them an adjective (the most pledged delegates).
        Superlative,
        /// Words of rank: after an article, the participle after them is an adjective.
        Rank,
        /// The word between a quoted source and the gerund of what it said (Reuters quoted X as
        /// saying): English.
        QuotedAs,
        /// Roles of someone who speaks for a body (spokesman, porte-parole): unnamed after the
        /// body's name, a person named by the role and the body (a Treasury spokesman said),
        /// and the body makes the office (the FBI spokesman is not the Pentagon's).
        Spokesperson,
        /// Cue forms that also name a thing after a noun (a group called X, un mouvement appelé X).
        Naming,
        /// Cue forms that report only with an infinitive or an object after them (declined to
        /// comment), or with the naming link after it (cast X as).
        ObjectCue,
        /// Cue forms whose object right after them is an act (déclarer l'état d'urgence).
        ActObjectCue,
        AsCue,
        /// Cue forms that report only with their link after the object (credited X with), and it;
        /// cue forms whose object comes before their preposition (accused X of, blamed X for).
        CreditCue,
        CreditLink,
        ObjectFirstCue,
        /// Cue forms that also name a blow (attacked the village): a report only from a person
        /// against a person, a body or what they own or said (attacked Clinton, attaque X sur).
        AttackCue,
        /// Cue forms whose object right after them is whom they address, never their speaker
        /// ("…," Smith told Reuters).
        AddresseeCue,
        /// Prepositions inside an organisation's name (Commission on International Religious …).
        NamePreposition,
        /// Neutral cue forms that give an order when an object and an infinitive follow them
        /// (told them to leave, a dit aux manifestants de rentrer).
        DirectiveCue,
        /// The marker of an infinitive after such an object (to, de).
        InfinitiveMarker,
        /// Words after which an infinitive cue tells what the subject did it for, and so did
        /// (a profité de l'occasion pour dénoncer).
        Purpose,
        /// Verbs of the means a subject used to say something (used his speech to, took to
        /// Twitter to, went on to), where the purpose word needs one.
        MeansVerb,
        /// Nouns of a stretch of time: a description with one names no one (The previous day,
        /// La veille au soir).
        TimeNoun,
    }
}

classes! {
    /// A per-language setting of `ontology/syntax.tsv`: where French and English differ in syntax.
    Setting {
        /// A cue right after a comma is an incise (« … », a déclaré X; X, a-t-il dit).
        IncisePastComma,
        /// A verb that only reports, with no subject before it and a name after it that ends the
        /// sentence, is an incise whose comma is missing (… a fait savoir la police).
        InciseWithoutComma,
        /// A participle alone is a finite verb (the English simple past: she said).
        ParticipleAlone,
        /// A quotation right after the cue, with nothing else in the content, is direct speech.
        QuoteAfterCueIsDirect,
        /// The ending of a form that, after a comma, is a reduced relative (The move, called …).
        ReducedRelativeEnding,
        /// The ending of adverbs of manner (-ly: consistently, angrily), which may stand
        /// between a subject and its verb.
        AdverbEnding,
        /// The ending of plural nouns (opposition parties, les électeurs), whose verb is plural.
        PluralEnding,
        /// The ending of a gerund after the agent preposition, which tells how something was
        /// done (responded by blocking access): the verb before it reports nothing.
        MeansGerundEnding,
        /// A name may qualify the noun after it (the GOP candidate, the Pentagon spokesman).
        NameQualifiesNoun,
        /// Words in lower case that describe a noun may stand between its article and it (the
        /// longtime senator).
        DescribingWordsBefore,
        /// A participle with its agent and no auxiliary reports (a pattern described by X as …).
        ReducedPassiveReports,
        /// A verb's bare form agrees with no singular subject: right after one name it is a
        /// noun (the CNN report that …, an AP report is misleading).
        BareFormNotAfterOneName,
        /// A threat reports only with its terms (menacer de, que) or a threatened entity (a
        /// menacé Washington), not a place or thing in danger (le groupe menace la route).
        ThreatNeedsTerms,
        /// An infinitive after the purpose word reports only after a verb of means (took to
        /// Twitter to call; not plans to say).
        PurposeNeedsMeans,
        /// A body's name goes on in lower case after its capitalised head (la Ligue des droits
        /// de l'homme, le Syndicat national des journalistes).
        NameGoesOnLowerCase,
        /// A bare plural noun may open a sentence as its subject (Aides said): no name.
        BarePluralOpens,
        /// The preposition of the place where something happens, never of whom a statement is
        /// about unless its cue governs it (arrived at the Walmart; railed at the FBI).
        VenuePreposition,
        /// A clause may follow its verb with no complementizer (estimated this would take a day).
        ZeroComplementizer,
    }
}

/// Word classes and settings of every language.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// Language codes, by index.
    langs: Vec<String>,
    /// form as in the data → (language index, class bits) of each language that lists it.
    forms: HashMap<String, Vec<(usize, ClassBits)>>,
    /// class bits of a form in any language.
    any: HashMap<String, ClassBits>,
    /// (language index, setting) → value.
    settings: HashMap<(usize, Setting), String>,
    /// Forms of the classes matched as suffixes or prefixes, in any language.
    affixes: HashMap<u32, Vec<String>>,
    pub phrases: Phrases,
}

/// The index of the article language in `Words`, or none when no data names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(Option<usize>);

impl Words {
    fn lang_index(&mut self, lang: &str) -> usize {
        if let Some(i) = self.langs.iter().position(|l| l == lang) {
            return i;
        }
        self.langs.push(lang.to_string());
        self.langs.len() - 1
    }

    /// The language `code`, as the rules see it.
    pub fn lang(&self, code: &str) -> Lang {
        Lang(self.langs.iter().position(|l| l == code))
    }

    /// Adds one form of a class (a row of `extraction-words.tsv`).
    pub fn add(&mut self, lang: &str, class: W, form: &str) {
        if class == W::Title {
            // M. and M, Dr and Dr.: a title with or without its dot
            let bare = form.trim_end_matches('.');
            self.insert(lang, class, bare.to_string());
            self.insert(lang, class, format!("{bare}."));
            return;
        }
        let form = if class == W::Pronoun {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        if matches!(
            class,
            W::NotHolder
                | W::ParticlePrefix
                | W::RolePrefix
                | W::AdjectiveEnding
                | W::OrdinalSuffix
        ) {
            self.affixes
                .entry(class as u32)
                .or_default()
                .push(form.clone());
        }
        self.insert(lang, class, form);
    }

    fn insert(&mut self, lang: &str, class: W, form: String) {
        let l = self.lang_index(lang);
        let list = self.forms.entry(form.clone()).or_default();
        match list.iter_mut().find(|(i, _)| *i == l) {
            Some((_, bits)) => bits.add(class),
            None => list.push((l, ClassBits::of(class))),
        }
        self.any.entry(form).or_default().add(class);
    }

    /// Sets a per-language setting (a row of `syntax.tsv`).
    pub fn set(&mut self, lang: &str, setting: Setting, value: &str) {
        let l = self.lang_index(lang);
        self.settings.insert((l, setting), value.to_string());
    }

    /// A setting's value in a language.
    pub fn setting(&self, lang: Lang, setting: Setting) -> Option<&str> {
        lang.0
            .and_then(|l| self.settings.get(&(l, setting)))
            .map(String::as_str)
    }

    /// Whether a yes/no setting is on in a language.
    pub fn on(&self, lang: Lang, setting: Setting) -> bool {
        self.setting(lang, setting) == Some("yes")
    }

    fn bits(&self, form: &str, lang: Lang) -> Bits {
        let Some(list) = self.forms.get(form) else {
            return Bits::default();
        };
        let any = self.any.get(form).copied().unwrap_or_default();
        let lang = lang
            .0
            .and_then(|l| list.iter().find(|(i, _)| *i == l))
            .map_or(ClassBits::default(), |(_, b)| *b);
        Bits { lang, any }
    }

    /// The classes of each token, in `lang`. An acronym (a word of capitals among words that are
    /// not) has only the classes of its form as written: "the UN said", "WHO warned" hold no
    /// French article and no relative pronoun.
    pub fn marks(&self, toks: &[Token], lang: Lang) -> Vec<Marks> {
        (0..toks.len())
            .map(|k| {
                let t = &toks[k];
                let norm = self.bits(&t.norm, lang);
                let low = if t.lower() == t.norm || marks::acronym(toks, k) {
                    norm
                } else {
                    self.bits(t.lower(), lang)
                };
                Marks { norm, low }
            })
            .collect()
    }

    /// Whether a form (not a token) is in a class, in any language.
    pub fn any(&self, w: W, form: &str) -> bool {
        self.any.get(form).is_some_and(|b| b.has(w))
    }

    /// Whether a form (not a token) is in a class, in a language.
    pub fn is(&self, w: W, form: &str, lang: Lang) -> bool {
        self.bits(form, lang).lang.has(w)
    }

    /// The forms of a class matched as an affix, in any language.
    pub fn affixes(&self, w: W) -> &[String] {
        self.affixes.get(&(w as u32)).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::Lexicon;
    use crate::extract::tokens::tokenize;
    use crate::text::Span;

    #[test]
    fn class_names_in_the_data_are_kebab_case_variants() {
        assert_eq!(W::from_data_name("subject-end"), Some(W::SubjectEnd));
        assert_eq!(W::from_data_name("title"), Some(W::Title));
        assert_eq!(W::from_data_name("no-such-class"), None);
        assert_eq!(
            Setting::from_data_name("incise-past-comma"),
            Some(Setting::IncisePastComma)
        );
    }

    #[test]
    fn a_token_is_marked_in_its_language_and_in_any() {
        let lex = Lexicon::builtin();
        let text = "Il a dit";
        let toks = tokenize(text, Span::new(0, text.len()));
        let fr = lex.words.marks(&toks, lex.words.lang("fr"));
        assert!(fr[1].is(W::Aux), "« a » is a French auxiliary");
        let en = lex.words.marks(&toks, lex.words.lang("en"));
        assert!(!en[1].is(W::Aux) && en[1].any(W::Aux));
        assert!(en[1].is(W::Determiner), "“a” is an English article");
        assert!(fr[0].any_norm(W::Function), "Il is written with a capital");
    }
}
