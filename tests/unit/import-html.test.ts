import { describe, expect, it } from "vitest";
import { extractArticleFromHtml } from "@/domain/articles/import-html";

const newsPage = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Port strike ends after 12 days | The Harbour Gazette</title>
  <meta property="og:site_name" content="The Harbour Gazette">
  <meta property="og:title" content="Port strike ends after 12 days">
  <meta property="og:url" content="https://gazette.example/news/2020/05/port-strike-ends">
  <meta property="article:published_time" content="2020-05-14T09:00:00Z">
  <meta name="author" content="Jane Doe">
  <link rel="stylesheet" href="/main.css">
  <style>.cookie-banner { position: fixed; } body::after { content: "STYLE TEXT"; }</style>
  <script>window.analytics = "TRACKING SCRIPT";</script>
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Port strike ends after 12 days",
   "datePublished": "2020-05-14T09:00:00Z", "author": {"@type": "Person", "name": "Jane Doe"},
   "publisher": {"@type": "Organization", "name": "Harbour Gazette Ltd"}}
  </script>
</head>
<body class="article-page">
  <div class="cookie-banner" id="cookie-consent">
    <p>We use cookies to improve your experience on our site and to show you relevant advertising. By continuing you agree.</p>
    <button>Accept all</button>
  </div>
  <header class="site-header">
    <a href="/" class="logo">The Harbour Gazette</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>Port strike ends after 12 days</h1>
      <p class="byline">By <a rel="author" href="/authors/jane-doe">Jane Doe</a></p>
      <time datetime="2020-05-14T09:00:00Z">14 May 2020</time>
      <div class="share-tools"><a href="https://facebook.example/share">Share on Facebook</a> <a href="https://x.example/share">Share on X</a></div>
      <p>Dock workers in Rijeka voted on Thursday to end a 12-day strike, after the port authority
         agreed to a 6&nbsp;% pay rise and new safety rules for night shifts.</p>
      <p>&#8220;We got what we came for,&#8221; said union leader Marko Vuc&#x30C;ic&#x301;, whose members
         had blocked the <em>container terminal</em> since May&nbsp;2. Ships &amp; ferries were diverted to
         <a href="https://koper.example">Koper</a>.</p>
      <img src="/photo.jpg" alt="Striking workers" onerror="alert('xss')">
      <blockquote><p>This agreement protects every worker on the quay.</p></blockquote>
      <h2>What changes</h2>
      <ul>
        <li>Night shifts are capped at eight hours.</li>
        <li>Two extra inspectors will be hired.</li>
      </ul>
      <p>The port authority said cargo traffic would return to normal by Monday.<br>
         Talks on pensions resume in June.</p>
      <script>alert(1)</script>
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul><li><a href="/a">Ferry fares to rise in summer</a></li><li><a href="/b">New cranes arrive at the port</a></li></ul>
    </aside>
    <section id="comments" class="comments">
      <h2>Comments (2)</h2>
      <div class="comment"><p>Reader123: About time the workers got a fair deal from the port.</p></div>
      <div class="comment"><p>SailorSam: The ferries were a mess for two weeks, good riddance to the strike.</p></div>
      <form action="/comment"><textarea name="body">Write a comment</textarea><button>Post</button></form>
    </section>
  </main>
  <footer class="site-footer"><p>&copy; 2020 The Harbour Gazette. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
  <script src="/app.js"></script>
  <script>document.write("INLINE SCRIPT")</script>
</body>
</html>`;

const newsParagraphs = [
  "Dock workers in Rijeka voted on Thursday to end a 12-day strike, after the port authority agreed to a 6 % pay rise and new safety rules for night shifts.",
  "“We got what we came for,” said union leader Marko Vučić, whose members had blocked the container terminal since May 2. Ships & ferries were diverted to Koper.",
  "This agreement protects every worker on the quay.",
  "What changes",
  "Night shifts are capped at eight hours.",
  "Two extra inspectors will be hired.",
  "The port authority said cargo traffic would return to normal by Monday.\nTalks on pensions resume in June.",
];

describe("extractArticleFromHtml: a full news page", () => {
  const article = extractArticleFromHtml(newsPage, { url: "https://gazette.example/p/123" });

  it("reads the metadata", () => {
    expect(article).toMatchObject({
      title: "Port strike ends after 12 days",
      byline: "Jane Doe",
      publishedAt: "2020-05-14T09:00:00Z",
      outlet: "The Harbour Gazette",
      language: "en",
      url: "https://gazette.example/news/2020/05/port-strike-ends",
    });
  });

  it("keeps the body as exact paragraphs", () => {
    expect(article.text.split("\n\n")).toEqual(newsParagraphs);
    expect(article.text).toBe(newsParagraphs.join("\n\n"));
  });

  it("drops page furniture, scripts and styles", () => {
    for (const fragment of [
      "cookies",
      "Accept all",
      "Sport",
      "Opinion",
      "Harbour Gazette",
      "Share on",
      "Related stories",
      "Ferry fares",
      "Comments",
      "Reader123",
      "SailorSam",
      "Write a comment",
      "Post",
      "rights reserved",
      "Privacy",
      "alert",
      "xss",
      "TRACKING",
      "INLINE SCRIPT",
      "STYLE TEXT",
      "cookie-banner",
      "<",
      ">",
      "&amp;",
      "&nbsp;",
    ]) {
      expect(article.text, fragment).not.toContain(fragment);
    }
  });

  it("decodes entities and composes decomposed characters (NFC)", () => {
    expect(article.text).toContain("Marko Vučić,");
    expect(article.text).toContain("Vu\u010Di\u0107");
    expect(article.text).not.toMatch(/[\u0300-\u036f]/);
    expect(article.text).not.toContain("\u00a0");
  });
});

describe("extractArticleFromHtml: metadata sources", () => {
  it("falls back to <title>, meta author with a leading 'By', JSON-LD date and og:locale", () => {
    const html = `<html><head>
      <title>  Water prices frozen  </title>
      <meta name="author" content="By Ana Horvat">
      <meta property="og:locale" content="sr_RS">
      <script type="application/ld+json">[{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Novi List"},
        {"@type":["NewsArticle"],"datePublished":"2021-03-02","publisher":{"name":"Novi List d.d."}}]}]</script>
      </head><body><p>The city council froze water prices for a year.</p></body></html>`;
    const article = extractArticleFromHtml(html, { url: "https://novilist.example/x" });
    expect(article).toEqual({
      title: "Water prices frozen",
      byline: "Ana Horvat",
      publishedAt: "2021-03-02",
      modifiedAt: null,
      outlet: "Novi List d.d.",
      language: "sr",
      url: "https://novilist.example/x",
      text: "The city council froze water prices for a year.",
    });
  });

  it("follows JSON-LD @id references to the author and publisher (Yoast-style graphs)", () => {
    const html = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","@id":"https://site.example/#org","name":"Dnevni list"},
      {"@type":"Person","@id":"https://site.example/#/person/1","name":"Ivana Kovač"},
      {"@type":"WebPage","@id":"https://site.example/a/","inLanguage":"hr"},
      {"@type":"NewsArticle","headline":"Naslov","datePublished":"2022-09-05T07:15:00+00:00",
       "author":{"@id":"https://site.example/#/person/1"},"publisher":{"@id":"https://site.example/#org"}}]}</script>
      <p>Tekst.</p>`;
    expect(extractArticleFromHtml(html)).toMatchObject({
      title: "Naslov",
      byline: "Ivana Kovač",
      outlet: "Dnevni list",
      publishedAt: "2022-09-05T07:15:00Z",
    });
  });

  it("uses <time datetime> and meta[name=date], and ignores relative canonicals and unparsable dates", () => {
    const withTime = extractArticleFromHtml(`<html lang="DE-at"><head><link rel="canonical" href="/relative">
      <meta property="article:published_time" content="not a date"></head>
      <body><article><time datetime="2019-11-30">gestern</time><p>Der Stadtrat hat getagt.</p></article></body></html>`);
    expect(withTime.publishedAt).toBe("2019-11-30");
    expect(withTime.language).toBe("de");
    expect(withTime.url).toBeNull();

    const withMetaDate = extractArticleFromHtml(`<head><meta name="date" content="2018-07-01T10:30:00+02:00"></head><p>Body text of the story.</p>`);
    // The outlet's clock, not converted to UTC (issue 15, bug 9).
    expect(withMetaDate.publishedAt).toBe("2018-07-01T10:30:00+02:00");
    const lateEvening = extractArticleFromHtml(`<meta name="date" content="2019-11-22T00:30:00+01:00"><p>Text.</p>`);
    expect(lateEvening.publishedAt).toBe("2019-11-22T00:30:00+01:00");
    const rfc2822 = extractArticleFromHtml(`<meta name="date" content="Fri, 22 Nov 2019 00:30:00 +0100"><p>Text.</p>`);
    expect(rfc2822.publishedAt).toBe("2019-11-22T00:30:00+01:00");

    const noZone = extractArticleFromHtml(`<meta name="date" content="2018-07-01T23:30:00"><p>Text.</p>`);
    expect(noZone.publishedAt).toBe("2018-07-01");

    const impossible = extractArticleFromHtml(`<meta name="date" content="2018-02-31"><p>Text.</p>`);
    expect(impossible.publishedAt).toBeNull();
  });
});

describe("extractArticleFromHtml: short articles", () => {
  const story = [
    "The new tram line opened on Sunday with free rides all day, the city said.",
    "Officials said 20,000 passengers used it, more than twice the number expected.",
    "Regular fares apply from Monday, and a monthly pass costs 30 euros.",
  ];
  const storyHtml = story.map((p) => `<p>${p}</p>`).join("\n");

  it("keeps a three-paragraph story without the sidebar Readability would retry its way into", () => {
    const html = `<html><head><title>Tram line opens on Sunday with free rides</title></head><body>
      <div class="wrapper"><div class="story"><h1>Tram line opens on Sunday with free rides</h1>${storyHtml}</div>
      <div class="sidebar"><p>${"Subscribe to our print edition and get a free umbrella with every annual plan. ".repeat(3)}</p></div>
      <div class="social-links"><p>Follow us on every network you can think of, we post news, weather and sport every hour.</p></div>
      </div></body></html>`;
    const article = extractArticleFromHtml(html);
    expect(article.text).toBe(story.join("\n\n"));
    expect(article.title).toBe("Tram line opens on Sunday with free rides");
  });

  it("drops comments and teasers even when they outweigh the story", () => {
    const comment = `<p>${"I strongly disagree with the council and everyone should write to them about it. ".repeat(4)}</p>`;
    const html = `<body><div class="page"><div class="story">${storyHtml}</div>
      <div class="discussion">${comment.repeat(4)}</div>
      <div class="more-news"><h3>More news</h3><p>${"Another story teaser with a lot of words in it that goes on. ".repeat(3)}</p></div>
      </div></body>`;
    expect(extractArticleFromHtml(html).text).toBe(story.join("\n\n"));
  });

  it("drops byline and dateline lines whether or not the page also has a meta author", () => {
    const body = `<article><h1>Tram line opens</h1><p class="byline">By <a rel="author" href="/a">Ana Horvat</a>, city reporter</p>
      <p>Updated: <time datetime="2021-06-01T08:00:00+02:00">1 June 2021, 08:00</time></p>${storyHtml}</article>`;
    const withMeta = extractArticleFromHtml(`<head><meta name="author" content="Ana Horvat"></head><body>${body}</body>`);
    const withoutMeta = extractArticleFromHtml(`<body>${body}</body>`);
    expect(withMeta.text).toBe(story.join("\n\n"));
    expect(withoutMeta.text).toBe(story.join("\n\n"));
    expect(withMeta.byline).toBe("Ana Horvat");
    expect(withoutMeta.byline).toMatch(/^Ana Horvat/);
    expect(withMeta.publishedAt).toBe("2021-06-01T08:00:00+02:00");
  });
});

describe("extractArticleFromHtml: pages without an <article>", () => {
  it("finds the story among divs and drops the navigation around it", () => {
    const html = `<!doctype html><html><head><title>City budget vote delayed by a week - City Desk</title></head><body>
      <div id="top"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></div>
      <div class="content">
        <div class="story-body">
          <p>The city budget vote was delayed by a week after two councillors asked for more time to read the amendments.</p>
          <p>The mayor said the delay would not affect salaries, which are paid from last year's appropriations until the vote.</p>
          <p>Opposition councillors welcomed the decision and promised to table their own proposals on Tuesday.</p>
        </div>
      </div>
      <div class="footer">Contact us | Advertise | Jobs</div>
    </body></html>`;
    const article = extractArticleFromHtml(html);
    expect(article.text.split("\n\n")).toEqual([
      "The city budget vote was delayed by a week after two councillors asked for more time to read the amendments.",
      "The mayor said the delay would not affect salaries, which are paid from last year's appropriations until the vote.",
      "Opposition councillors welcomed the decision and promised to table their own proposals on Tuesday.",
    ]);
    expect(article.title).toBe("City budget vote delayed by a week");
  });

  it("reads loose body text with line breaks", () => {
    const html = `<html><body><nav>Home News</nav><header>Site name</header>
      Breaking: bridge closed<br>Traffic diverted via the ring road
      <footer>Footer text</footer><script>alert(1)</script></body></html>`;
    const article = extractArticleFromHtml(html);
    expect(article.text).toBe("Breaking: bridge closed\nTraffic diverted via the ring road");
  });

  it("falls back to the body minus furniture when the page is too deeply nested for Readability", () => {
    // Unclosed layout <div>s nest 150 levels deep; Readability would take seconds on this.
    const html = `<html lang="sr"><head><title>Most zatvoren</title></head><body>
      <nav><a href="/">Početna</a></nav><header><h1>Site</h1></header>${"<div class='wrap'>".repeat(150)}
      <h1>Most zatvoren</h1><p>Most na Savi zatvoren je zbog radova.</p><ul><li>Prva stavka</li><li>Druga stavka</li></ul>
      <aside>Pročitajte još</aside><div class="comments"><p>Komentar čitaoca</p></div>
      <form><input value="Pretraga"><button>Traži</button></form><script>alert(1)</script><style>p{}</style>
      <footer>Sva prava zadržana</footer></body></html>`;
    const article = extractArticleFromHtml(html);
    expect(article.text).toBe("Most na Savi zatvoren je zbog radova.\n\nPrva stavka\n\nDruga stavka");
    expect(article.title).toBe("Most zatvoren");
    expect(article.language).toBe("sr");
  });
});

describe("extractArticleFromHtml: fragments and broken input", () => {
  it("reads a fragment of bare paragraphs", () => {
    const article = extractArticleFromHtml("<p>First  paragraph\n   wraps here.</p><p>Second &lt;para&gt;.</p><p>Third.</p>");
    expect(article.text).toBe("First paragraph wraps here.\n\nSecond <para>.\n\nThird.");
    // Soft hyphens and zero-width spaces are invisible, so a quoted "Bundesregierung" must still match.
    expect(extractArticleFromHtml("<p>Bundes&shy;regierung&#8203; sagt</p>").text).toBe("Bundesregierung sagt");
    expect(article.title).toBeNull();
    expect(article.language).toBeNull();
  });

  it("treats a double <br> as a paragraph break and headings and list items as paragraphs", () => {
    const article = extractArticleFromHtml(
      "<div><h3>Timeline</h3>Monday: talks begin<br><br>Tuesday: talks stall<ol><li>one</li><li>two <b>bold</b></li></ol></div>",
    );
    expect(article.text).toBe("Timeline\n\nMonday: talks begin\n\nTuesday: talks stall\n\none\n\ntwo bold");
  });

  it("survives malformed HTML", () => {
    const html = `<html><head><title>Broken page</title><body><div><p>Unclosed <b>bold text that goes on
      <p>Next paragraph </i></span> with stray closers</div></div></section>
      <p class="x>Attribute never closed</p><p>Tail & more < less</p>`;
    let article: ReturnType<typeof extractArticleFromHtml> | undefined;
    expect(() => {
      article = extractArticleFromHtml(html);
    }).not.toThrow();
    expect(article?.title).toBe("Broken page");
    expect(article?.text).toContain("Unclosed bold text that goes on");
    expect(article?.text).toContain("Next paragraph with stray closers");
    expect(article?.text).not.toMatch(/<\/?(?:p|b|div)\b/);
  });

  it("recovers from a broken attribute on <html> and ignores an <svg> title", () => {
    const article = extractArticleFromHtml(
      `<html lang="hr" data-x="a>b" class="x><body><svg><title>Share icon</title></svg><p>Tekst članka.</p></body></html>`,
    );
    expect(article.text).toBe("Tekst članka.");
    expect(article.title).toBeNull();
  });

  it("accepts plain text and odd inputs without throwing", () => {
    expect(extractArticleFromHtml("just some text &amp; an entity").text).toBe("just some text & an entity");
    expect(extractArticleFromHtml("<").text).toBe("<");
    expect(extractArticleFromHtml("<html>").text).toBe("");
    expect(extractArticleFromHtml("<!-- only a comment -->").text).toBe("");
    expect(extractArticleFromHtml("<div>".repeat(5000) + "deep").text).toBe("deep");
  });

  it("returns empty text and null metadata for an empty string", () => {
    expect(extractArticleFromHtml("")).toEqual({
      title: null,
      byline: null,
      publishedAt: null,
      modifiedAt: null,
      outlet: null,
      language: null,
      url: null,
      text: "",
    });
    expect(extractArticleFromHtml("", { url: "https://example.com/a" }).url).toBe("https://example.com/a");
  });

  it("never lets script, style or handler content through", () => {
    const html = `<p>Safe <img src=x onerror="alert(1)"> text</p><p onclick="evil()">Click</p>
      <style>p{}</style><script>alert(2)</script><iframe src="https://evil.example">frame text</iframe>
      <noscript>Enable JavaScript</noscript><svg><title>icon</title></svg><p style="display:none">hidden</p>`;
    expect(extractArticleFromHtml(html).text).toBe("Safe text\n\nClick");
  });
});

describe("page titles", () => {
  it("drop the outlet's name that pages append to the headline", () => {
    const page = extractArticleFromHtml(
      `<html><head><title>Serbia expels spy | The Balkan Ledger</title><meta property="og:site_name" content="The Balkan Ledger"></head>
       <body><article><p>One paragraph about the affair, long enough to be an article body.</p><p>A second paragraph.</p></article></body></html>`,
    );
    expect(page.title).toBe("Serbia expels spy");
    expect(page.outlet).toBe("The Balkan Ledger");
  });
});

describe("extractArticleFromHtml: advertising (issue 15, bug 9)", () => {
  it("drops ad slots and the labels they leave behind, and keeps a sentence about advertising", () => {
    const paragraphs = [
      "The council voted on Tuesday to close the bridge for repairs, officials said.",
      "Shops near the bridge said an advertisement campaign would tell drivers about the detour.",
      "Repairs are expected to take six weeks and cost 2 million euros.",
    ];
    const html = `<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>
      <p>${paragraphs[0]}</p><div class="ad-slot"><span>Advertisement</span><div id="gpt-ad-1"></div></div>
      <p>${paragraphs[1]}</p><p class="label">ADVERTISEMENT</p><div>Story continues below advertisement</div>
      <div class="sponsored"><p>Buy our premium subscription with a free umbrella today.</p></div>
      <p>${paragraphs[2]}</p></article></body></html>`;
    expect(extractArticleFromHtml(html).text).toBe(paragraphs.join("\n\n"));
  });
});
