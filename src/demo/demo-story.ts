/**
 * The demo story: two articles on the 2019–2020 Russian espionage affair in Serbia, the claims an
 * editor and an analyst recorded in them, and the propositions that connect those claims.
 *
 * Every `exact` is copied character for character from the article files in ./articles/ (curly
 * quotes, "Vučić" in one article, "Vucic" in the other). tests/unit/demo-story.test.ts checks that each
 * quote anchors exactly once, so a changed fixture fails loudly instead of orphaning demo claims.
 */
import type { DemoStory } from "./demo-story.types";

export const demoStory: DemoStory = {
  title: "Russian espionage affair in Serbia (2019–2020)",
  description:
    "In late 2019 Serbian President Aleksandar Vučić disclosed that Serbian security services had " +
    "evidence of a Russian intelligence operation involving a Russian officer or diplomat named " +
    "Kleban and members of the Serbian military, after a video of a cash handover in a parking lot " +
    "appeared on YouTube. Vučić insisted that Serbia's friendly policy towards Russia would not " +
    "change and that Vladimir Putin had not been informed; the Kremlin said it had no idea what the " +
    "incident was about. The two articles agree that the case was disclosed by Vučić and that " +
    "Belgrade wants to keep good relations with Moscow, but differ on who held the rank of " +
    "lieutenant colonel, on where the disclosure was made, and on how firmly they state Russia's " +
    "wider aims in the Balkans.",
  articles: [
    {
      key: "glaring",
      file: "glaring-realities.txt",
      title: "Glaring Realities",
      // The text names no outlet; the page debris ("Cover Story", "News Buzz") only names sections.
      outlet: "",
      author: "Muhammad Omar Iftikhar",
      publishedAt: "2020-05",
      url: null,
      language: "en",
    },
    {
      key: "putin-spying",
      file: "putin-spying-serb-allies.txt",
      title: "How Putin is spying on his Serb allies",
      // A translated report whose original outlet, author and date the text does not give.
      outlet: "",
      author: "",
      publishedAt: null,
      url: null,
      language: "en",
    },
  ],
  claims: [
    // ---- Glaring Realities -------------------------------------------------------------------
    {
      key: "g-russia-infiltrating",
      article: "glaring",
      exact: "Russia has been infiltrating into Serbia for its vested interests.",
      statement: "Russia has been infiltrating Serbia for its own interests",
      sourcing: "confirmed",
      source: "the author",
      cue: "",
      status: "approved",
      author: "editor",
    },
    {
      key: "g-kleban-contacts",
      article: "glaring",
      exact:
        "“On several occasions, Serbian security agencies gathered audio and video evidence of " +
        "contacts between Lt.Col. Kleban and members of the Serbian army.”",
      statement: "Vučić: security agencies recorded Lt. Col. Kleban's contacts with members of the Serbian army",
      sourcing: "confirmed",
      source: "Aleksandar Vučić",
      cue: "These were the words of the Serbian President",
      status: "approved",
      author: "editor",
    },
    {
      key: "g-vucic-revealed-nsc",
      article: "glaring",
      exact:
        "He revealed the presence of Russian spies in Serbia during a meeting of the National " + "Security Council that he was convening in November 2019.",
      statement: "Vučić revealed Russian spying at a National Security Council meeting in November 2019",
      sourcing: "confirmed",
      source: "the author",
      cue: "revealed",
      status: "approved",
      author: "editor",
    },
    {
      key: "g-intel-operation",
      article: "glaring",
      exact: "The Serbian intelligence agencies uncovered an intelligence operation that involved " + "Russian spies and members of the Serbian military.",
      statement: "Serbian agencies uncovered an operation involving Russian spies and Serbian military members",
      sourcing: "confirmed",
      source: "the author",
      cue: "uncovered",
      status: "approved",
      author: "analyst",
    },
    {
      key: "g-dent-relations",
      article: "glaring",
      exact: "Moscow’s infiltration in Serbia may put a dent in Serbia-Russia relations that have been " + "moving smoothly for decades.",
      statement: "The infiltration may damage long-smooth Serbia–Russia relations",
      sourcing: "speculative",
      source: "the author",
      cue: "may",
      status: "approved",
      author: "analyst",
    },
    {
      key: "g-west-spying",
      article: "glaring",
      exact: "President Vucic also accused some military representatives from the West of spying in Serbia.",
      statement: "Vučić also accused Western military representatives of spying in Serbia",
      sourcing: "attributed",
      source: "Aleksandar Vučić",
      cue: "accused",
      status: "approved",
      author: "editor",
    },
    {
      key: "g-hot-waters",
      article: "glaring",
      exact: "This might put Vucic in hot waters as for Western this may not bode well, especially " + "concerning Belgrade’s relations with Washington.",
      statement: "Accusing the West might hurt Belgrade's relations with Washington",
      sourcing: "speculative",
      source: "the author",
      cue: "might … may",
      status: "draft",
      author: "analyst",
    },
    {
      key: "g-no-policy-change",
      article: "glaring",
      exact: "“We will not change our policy towards Russia, which we see as a brotherly and friendly " + "country,” said the Serbian president.",
      statement: "Vučić says Serbia will not change its policy towards Russia, a brotherly country",
      sourcing: "attributed",
      source: "Aleksandar Vučić",
      cue: "said",
      status: "approved",
      author: "editor",
    },
    {
      key: "g-subvert-army",
      article: "glaring",
      exact: "Russia was trying to subvert the Serbian army for reasons not known to the outside world.",
      statement: "Russia was trying to subvert the Serbian army",
      sourcing: "confirmed",
      source: "the author",
      cue: "",
      status: "approved",
      author: "analyst",
    },
    {
      key: "g-reports-infiltrate",
      article: "glaring",
      exact: "Reports say that Russia has been trying to infiltrate into the Serbian army for its " + "vested reasons.",
      statement: "Reports say Russia has been trying to infiltrate the Serbian army",
      sourcing: "attributed",
      source: "media reports",
      cue: "Reports say",
      status: "approved",
      author: "analyst",
    },
    {
      key: "g-belgrade-steady-relations",
      article: "glaring",
      exact: "Belgrade is envisioning a steady bilateral and diplomatic relations",
      statement: "Belgrade wants steady bilateral and diplomatic relations with Moscow",
      sourcing: "confirmed",
      source: "the author",
      cue: "",
      status: "approved",
      author: "editor",
    },
    {
      key: "g-moscow-other-plans",
      article: "glaring",
      exact: "but Moscow perhaps has other plans",
      statement: "Moscow may have other plans than steady relations",
      sourcing: "speculative",
      source: "the author",
      cue: "perhaps",
      status: "needs_review",
      author: "analyst",
    },
    {
      key: "g-military-cooperation",
      article: "glaring",
      exact: "Serbia and Russia have also increased their military cooperation recently.",
      statement: "Serbia and Russia have recently increased military cooperation",
      sourcing: "confirmed",
      source: "the author",
      cue: "",
      status: "approved",
      author: "editor",
    },
    {
      key: "g-slavic-shield",
      article: "glaring",
      exact:
        "The Slavic Shield 2019, a joint military exercise by Serbia and Russia saw the latter use " +
        "the sophisticated S-400 air defence system and Pantsir missile battery in military " +
        "exercises abroad for the first time.",
      statement: "In the Slavic Shield 2019 exercise Russia used the S-400 and Pantsir abroad for the first time",
      sourcing: "confirmed",
      source: "the author",
      cue: "",
      status: "needs_review",
      author: "analyst",
    },
    {
      key: "g-hegemony",
      article: "glaring",
      exact: "Perhaps Russia wants to expand its military hegemony into the Slavic states to counter " + "the growing influence of the US over this region.",
      statement: "Russia may want to expand its military hegemony to counter US influence",
      sourcing: "speculative",
      source: "the author",
      cue: "Perhaps",
      status: "approved",
      author: "analyst",
    },
    {
      key: "g-new-bloc",
      article: "glaring",
      exact: "This might as well spell the creation of a new bloc. To what extent is this true is yet " + "to be seen.",
      statement: "Russia's moves might lead to the creation of a new bloc",
      sourcing: "speculative",
      source: "the author",
      cue: "might as well … is yet to be seen",
      status: "approved",
      author: "editor",
    },

    // ---- How Putin is spying on his Serb allies ---------------------------------------------
    {
      key: "p-affair-burdening",
      article: "putin-spying",
      exact: "Behind this is an espionage affair that is burdening the traditionally good relationship " + "between Moscow and Belgrade.",
      statement: "The espionage affair is burdening traditionally good Moscow–Belgrade relations",
      sourcing: "confirmed",
      source: "the outlet",
      cue: "",
      status: "approved",
      author: "editor",
    },
    {
      key: "p-video-handover",
      article: "putin-spying",
      exact:
        "The video, which recently appeared on YouTube, shows clichéd scenes like from a cheap " +
        "agent film. A man hands a bag to another man in a parking lot. That happened almost a " +
        "year ago.",
      statement: "A YouTube video shows a man handing a bag to another man in a parking lot almost a year earlier",
      sourcing: "confirmed",
      source: "the outlet",
      cue: "",
      status: "approved",
      author: "analyst",
    },
    {
      key: "p-press-conference",
      article: "putin-spying",
      exact: "In the meantime Serbian President Aleksandar Vučić confirmed at a press conference in Belgrade",
      statement: "Vučić confirmed the case at a press conference in Belgrade",
      sourcing: "confirmed",
      source: "the outlet",
      cue: "confirmed",
      status: "approved",
      author: "editor",
    },
    {
      key: "p-kleban-diplomat",
      article: "putin-spying",
      exact: "the messenger was the Russian diplomat Georgij Kleban",
      statement: "The man handing over the bag was the Russian diplomat Georgij Kleban",
      sourcing: "confirmed",
      source: "Aleksandar Vučić",
      cue: "confirmed … that",
      status: "approved",
      author: "editor",
    },
    {
      key: "p-zk-officer",
      article: "putin-spying",
      exact: "the recipient was the retired Lieutenant Colonel Z.K. of the Serbian Military " + "Intelligence Service",
      statement: "The recipient was Z.K., a retired lieutenant colonel of Serbian military intelligence",
      sourcing: "confirmed",
      source: "Aleksandar Vučić",
      cue: "confirmed … that",
      status: "approved",
      author: "editor",
    },
    {
      key: "p-bag-money",
      article: "putin-spying",
      exact: "It was also confirmed that the bag contained bundles of money that Z.K. meticulously " + "counted at the parking lot.",
      statement: "The bag contained bundles of money, which Z.K. counted in the parking lot",
      sourcing: "confirmed",
      source: "Aleksandar Vučić",
      cue: "It was also confirmed",
      status: "approved",
      author: "analyst",
    },
    {
      key: "p-not-secret-service",
      article: "putin-spying",
      exact: "The Serbian secret service is not the source, said Vučić",
      statement: "Vučić says the Serbian secret service did not leak the video",
      sourcing: "attributed",
      source: "Aleksandar Vučić",
      cue: "said",
      status: "approved",
      author: "analyst",
    },
    {
      key: "p-avoid-strain",
      article: "putin-spying",
      exact: "but it could also be an attempt not to strain relations with Russia any further",
      statement: "Denying the leak could be an attempt not to strain relations with Russia further",
      sourcing: "speculative",
      source: "the outlet",
      cue: "could",
      status: "needs_review",
      author: "analyst",
    },
    {
      key: "p-journalist-identified",
      article: "putin-spying",
      exact:
        "According to media reports, a Bulgarian investigative journalist is said to have " +
        "identified the Russian diplomat Kleban, who was deputy military attaché at the embassy " +
        "in Belgrade.",
      statement: "A Bulgarian journalist reportedly identified Kleban, deputy military attaché in Belgrade",
      sourcing: "speculative",
      source: "a Bulgarian investigative journalist (per media reports)",
      cue: "According to media reports … is said to",
      status: "needs_review",
      author: "analyst",
    },
    {
      key: "p-three-sources",
      article: "putin-spying",
      exact:
        "He is said to have regularly received confidential information about the Belgrade " +
        "government from at least three other Serbian keepers of secrets.",
      statement: "Kleban reportedly received secrets from at least three other Serbian insiders",
      sourcing: "speculative",
      source: "media reports",
      cue: "is said to",
      status: "approved",
      author: "analyst",
    },
    {
      key: "p-friendly-relations",
      article: "putin-spying",
      exact: "Serbia has always tried to establish friendly relations with Russia and has always " + "rejected Western sanctions.",
      statement: "Vučić: Serbia has always sought friendly relations with Russia and rejected sanctions",
      sourcing: "attributed",
      source: "Aleksandar Vučić",
      cue: "Vučić tries to downplay the affair … plays the surprised:",
      status: "approved",
      author: "editor",
    },
    {
      key: "p-putin-not-informed",
      article: "putin-spying",
      exact: "He was convinced that Vladimir Putin was “not informed about these activities”, affirmed Vučić",
      statement: "Vučić says Putin was not informed of the operation",
      sourcing: "attributed",
      source: "Aleksandar Vučić",
      cue: "was convinced … affirmed",
      status: "approved",
      author: "editor",
    },
    {
      key: "p-peskov-denial",
      article: "putin-spying",
      exact: 'Kremlin spokesman Dmitry Peskov said: "We have no idea what the incident is about."',
      statement: "The Kremlin says it has no idea what the incident is about",
      sourcing: "attributed",
      source: "Kremlin spokesman Dmitry Peskov",
      cue: "said",
      status: "approved",
      author: "editor",
    },
    {
      key: "p-putin-distrust",
      article: "putin-spying",
      exact: "In Belgrade, it is an open secret that Putin does not trust his Serbian brother",
      statement: "Putin is said in Belgrade not to trust Vučić",
      sourcing: "attributed",
      source: "unnamed circles in Belgrade",
      cue: "it is an open secret",
      status: "draft",
      author: "analyst",
    },
    {
      key: "p-base-operations",
      article: "putin-spying",
      exact:
        "With Serbia as the base of operations, it is easy to cause constant unrest in the Balkans " +
        "in order to remove parts of the region from the influence of the EU and NATO.",
      statement: "Russia uses Serbia as a base to stir unrest and pull parts of the Balkans away from the EU and NATO",
      sourcing: "confirmed",
      source: "the outlet",
      cue: "",
      status: "approved",
      author: "editor",
    },
    {
      key: "p-montenegro-coup",
      article: "putin-spying",
      exact:
        "at the end of 2016, a coup directed by the Russian secret service via Belgrade was " + "supposed to overthrow pro-Western President Milo Djukanović",
      statement: "A 2016 coup plot in Montenegro was directed by Russian intelligence via Belgrade",
      sourcing: "confirmed",
      source: "the outlet",
      cue: "",
      status: "needs_review",
      author: "analyst",
    },
  ],
  propositions: [
    {
      key: "vucic-disclosed-espionage",
      statement: "Vučić publicly disclosed a Russian espionage case involving Kleban",
      verdict: "true",
      rationale:
        "Both articles independently report that the Serbian President disclosed the case and named " +
        "Kleban; they differ only on the setting and on Kleban's role.",
      links: [
        { claim: "g-kleban-contacts", stance: "supports" },
        { claim: "g-vucic-revealed-nsc", stance: "supports" },
        { claim: "p-press-conference", stance: "supports" },
        { claim: "p-kleban-diplomat", stance: "supports" },
      ],
    },
    {
      key: "kleban-lieutenant-colonel",
      statement: "The lieutenant colonel in the affair is Kleban",
      verdict: "unproven",
      rationale:
        "Glaring Realities quotes Vučić naming “Lt.Col. Kleban”, while the translated report gives " +
        "the rank of lieutenant colonel to the retired Serbian officer Z.K. and calls Kleban a " +
        "diplomat (deputy military attaché). A military attaché is usually a serving officer, so " +
        "Kleban may hold a rank too, but neither text establishes it.",
      links: [
        {
          claim: "g-kleban-contacts",
          stance: "supports",
          note: "“Lt.Col. Kleban”, in contact with members of the Serbian army",
        },
        {
          claim: "p-zk-officer",
          stance: "contradicts",
          note: "The lieutenant colonel is the retired Serbian officer Z.K., the recipient of the bag",
        },
        {
          claim: "p-kleban-diplomat",
          stance: "contradicts",
          note: "Kleban is the Russian diplomat who handed over the bag, no rank given",
        },
      ],
    },
    {
      key: "disclosed-at-nsc",
      statement: "Vučić disclosed the espionage at a National Security Council meeting in November 2019",
      links: [
        { claim: "g-vucic-revealed-nsc", stance: "supports" },
        {
          claim: "p-press-conference",
          stance: "contradicts",
          note: "At a press conference in Belgrade, after a YouTube video of a handover that happened " + "“almost a year ago”; no date given",
        },
      ],
    },
    {
      key: "russia-infiltrated-army",
      statement: "Russia tried to infiltrate the Serbian military",
      links: [
        { claim: "g-russia-infiltrating", stance: "supports" },
        { claim: "g-subvert-army", stance: "supports" },
        { claim: "g-reports-infiltrate", stance: "supports", note: "Attributed to unnamed reports" },
        { claim: "g-intel-operation", stance: "supports" },
        {
          claim: "p-zk-officer",
          stance: "supports",
          note: "The recipient was an officer of Serbian military intelligence",
        },
        { claim: "p-bag-money", stance: "supports", note: "Cash handed to the Serbian officer" },
      ],
    },
    {
      key: "several-serbian-insiders",
      statement: "The Russian operation involved several Serbian insiders, not a single contact",
      links: [
        { claim: "g-intel-operation", stance: "supports", note: "“members of the Serbian military”" },
        {
          claim: "g-kleban-contacts",
          stance: "supports",
          note: "Contacts with “members of the Serbian army”, on several occasions",
        },
        {
          claim: "p-three-sources",
          stance: "supports",
          note: "At least three Serbian keepers of secrets besides Z.K., only “said to”",
        },
      ],
    },
    {
      key: "affair-strains-relations",
      statement: "The espionage affair strains relations between Serbia and Russia",
      links: [
        { claim: "g-dent-relations", stance: "supports", note: "Only “may put a dent”" },
        { claim: "p-affair-burdening", stance: "supports" },
        {
          claim: "p-avoid-strain",
          stance: "supports",
          note: "Implies relations are already strained (“any further”)",
        },
      ],
    },
    {
      key: "serbia-friendly-to-russia",
      statement: "Serbia wants to keep friendly relations with Russia",
      links: [
        { claim: "g-no-policy-change", stance: "supports" },
        { claim: "g-belgrade-steady-relations", stance: "supports" },
        {
          claim: "p-friendly-relations",
          stance: "supports",
          note: "Adds that Serbia has always rejected Western sanctions",
        },
      ],
    },
    {
      key: "russia-pushes-back-west",
      statement: "Russia seeks to extend its influence in the region and push back the West",
      links: [
        {
          claim: "g-hegemony",
          stance: "supports",
          note: "Framed as countering US influence over the Slavic states; hedged with “Perhaps”",
        },
        { claim: "g-new-bloc", stance: "supports", note: "Possibly a new bloc" },
        {
          claim: "p-base-operations",
          stance: "supports",
          note: "Serbia as base to pull the Balkans away from the EU and NATO",
        },
        {
          claim: "p-montenegro-coup",
          stance: "supports",
          note: "Montenegro 2016 given as the model of this strategy",
        },
      ],
    },
    {
      key: "kremlin-unaware",
      statement: "The Kremlin leadership did not know about the operation",
      links: [
        { claim: "p-putin-not-informed", stance: "supports", note: "Vučić's belief about Putin" },
        { claim: "p-peskov-denial", stance: "supports", note: "Kremlin denial" },
      ],
    },
    {
      key: "video-money-handover",
      statement: "A video shows Kleban handing a bag of money to a Serbian officer",
      links: [
        { claim: "p-video-handover", stance: "supports" },
        { claim: "p-kleban-diplomat", stance: "supports" },
        { claim: "p-bag-money", stance: "supports" },
      ],
    },
    {
      key: "vucic-accused-west",
      statement: "Vučić accused Western military representatives of spying in Serbia",
      links: [{ claim: "g-west-spying", stance: "supports" }],
    },
    {
      key: "military-cooperation-increased",
      statement: "Serbia and Russia have stepped up military cooperation (Slavic Shield 2019, S-400, Pantsir)",
      links: [
        { claim: "g-military-cooperation", stance: "supports" },
        { claim: "g-slavic-shield", stance: "supports" },
      ],
    },
  ],
};
