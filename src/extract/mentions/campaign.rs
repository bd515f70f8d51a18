//! `campaign_phrase`: a person's campaign — the Clinton campaign, Mr. Sanders's presidential
//! campaign, the Trump camp — is an organisation of that person's country, which speaks on its own
//! ("the Sanders campaign said"); "the campaign" refers back to the last campaign named. A
//! campaign's role or member after it (Clinton campaign manager Robby Mook) is left to the role
//! rules.
//!
//! `office_phrase`: a person's or an organisation's office (Powell's office, Mr. Sanders's press
//! office, the Kremlin's press office) speaks for its owner: the owner's mention takes in the
//! office.

use super::super::words::W;
use super::super::EntityKind;
use super::{Ctx, MentionKind};
use crate::text::slug;

pub(super) fn campaign_phrase(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    let from = c.w.from;
    // "the campaign" (tried at the article, which the description rules would take)
    if c.m(i).is(W::Definite) && i + 1 < c.w.to && c.m(i + 1).is(W::CampaignHead) {
        return the_campaign(c, i);
    }
    if !c.m(i).is(W::CampaignHead) || c.tok(i).is_capitalized() {
        return None;
    }
    if qualifies_what_follows(c, i) {
        return None;
    }
    // the person before the head, over one adjective and a genitive (Clinton's presidential
    // campaign, Sanders' campaign)
    let mut k = i;
    let adjective = |k: usize| {
        let t = c.tok(k);
        t.is_word() && !t.is_capitalized() && !c.m(k).any_norm(W::Function)
    };
    if k > from + 1 && adjective(k - 1) {
        k -= 1;
    }
    if k > from && (c.m(k - 1).any_norm(W::Genitive) || c.tok(k - 1).norm == "'") {
        k -= 1;
    }
    let person = c.out.last().and_then(|m| match m.kind {
        MentionKind::Entity(e) if m.end == k && c.reg.entities[e].kind == EntityKind::Person => {
            Some((m.start, e))
        }
        _ => None,
    });
    let (start, person) = person?;
    c.out.pop();
    let who = &c.reg.entities[person];
    let label = format!("{} campaign", who.label);
    let country = who.country.clone();
    let e = c.reg.org(
        format!("campaign:{}", slug(&who.label)),
        &label,
        country,
        None,
    );
    let s = if c.determiner_before(start) {
        start - 1
    } else {
        start
    };
    c.add_named(s, i + 1, MentionKind::Entity(e), Some((start, i + 1)));
    Some(i + 1)
}

pub(super) fn office_phrase(c: &mut Ctx<'_>, i: usize) -> Option<usize> {
    if !c.m(i).is(W::OfficeNoun) || c.tok(i).is_capitalized() || qualifies_what_follows(c, i) {
        return None;
    }
    // (over one word in lower case and the genitive: Sanders's press office)
    let genitive = |k: usize| c.m(k).any_norm(W::Genitive) || c.tok(k).norm == "'";
    let mut k = i;
    if k > c.w.from + 1
        && !genitive(k - 1)
        && c.tok(k - 1).is_word()
        && !c.tok(k - 1).is_capitalized()
    {
        k -= 1;
    }
    if !(k > c.w.from && genitive(k - 1)) {
        return None;
    }
    k -= 1;
    let (start, e, name) = c.out.last().and_then(|m| match m.kind {
        MentionKind::Entity(e) if m.end == k && c.reg.entities[e].kind != EntityKind::Country => {
            Some((m.start, e, m.name))
        }
        _ => None,
    })?;
    c.out.pop();
    c.push(start, i + 1, MentionKind::Entity(e), name);
    Some(i + 1)
}

/// Whether a role or a name right after the head at `head` is what the campaign qualifies (the
/// campaign chairman, Clinton campaign spokesman Brian Fallon), or the head opens a role of its
/// own (Clinton campaign manager Robby Mook).
fn qualifies_what_follows(c: &Ctx<'_>, head: usize) -> bool {
    let next = head + 1;
    next < c.w.to && (c.tok(next).is_capitalized() || c.holds_role(head, next + 1))
}

/// "the campaign" at `the`: the last campaign the article named.
fn the_campaign(c: &mut Ctx<'_>, the: usize) -> Option<usize> {
    if qualifies_what_follows(c, the + 1) {
        return None;
    }
    let e = c.reg.last_org_with_word("campaign")?;
    c.add_named(the, the + 2, MentionKind::Entity(e), None);
    Some(the + 2)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::*;

    fn speakers(text: &str) -> Vec<String> {
        run("en", SAT, text)
            .into_iter()
            .map(|s| s.speaker)
            .collect()
    }

    #[test]
    fn a_persons_campaign_speaks_as_an_organisation() {
        let text = "Senator Ann Cole toured Ohio on Monday. The Cole campaign said the poll was \
                    wrong. Cole's presidential campaign said it had raised $3 million. On \
                    Tuesday, the campaign said the debate was unfair.";
        assert_eq!(speakers(text), vec!["Ann Cole campaign"; 3]);
        let e = extraction("en", text);
        let campaign = e.entities.iter().find(|e| e.label == "Ann Cole campaign");
        assert!(campaign.is_some_and(|e| e.kind == crate::extract::EntityKind::Organisation));
        // Sanders' campaign: a genitive apostrophe alone
        let text = "Tom Reyes spoke in Iowa. Tom Reyes’ campaign says it raised $2 million.";
        assert_eq!(speakers(text), vec!["Tom Reyes campaign"]);
    }

    #[test]
    fn a_role_that_opens_with_the_campaigns_head_is_its_holders() {
        let text = "Donald Trump spoke in Iowa. \"The poll is wrong,\" said Trump campaign \
                    manager Corey Dale. Hillary Clinton campaign manager Rob Lane said it was \
                    right.";
        assert_eq!(speakers(text), vec!["Corey Dale", "Rob Lane"]);
    }

    #[test]
    fn an_organisations_office_speaks_for_the_organisation() {
        let text = "The Kremlin's press office said the talks would go on. Hamas's office \
                    said it had received the proposal.";
        assert_eq!(speakers(text), vec!["Kremlin", "Hamas"]);
    }

    #[test]
    fn a_persons_office_speaks_for_the_person() {
        let text = "Colin Powell met Clinton. \"He did write a memo,\" Powell's office said in \
                    a statement. Senator Ann Cole's press office announced on Friday that she \
                    would run.";
        assert_eq!(speakers(text), vec!["Colin Powell", "Ann Cole"]);
        // the office of no person is none of this
        let text = "The party's office said it was closed.";
        assert!(speakers(text).is_empty(), "{:?}", speakers(text));
    }

    #[test]
    fn a_campaign_role_or_an_unnamed_campaign_is_no_campaign_speaker() {
        // the campaign qualifies the role of the person who speaks
        let text = "Ann Cole won Iowa. Cole campaign manager Tom Reyes said the race was tight.";
        assert_eq!(speakers(text), vec!["Tom Reyes"]);
        // no campaign named before: "the campaign" is nobody
        assert!(speakers("The campaign said the poll was wrong.").is_empty());
        // a campaign of a cause is none of a person's
        let text =
            "Ann Cole launched a campaign against smoking. The campaign said 20 schools joined.";
        assert!(speakers(text).is_empty(), "{:?}", speakers(text));
    }
}
