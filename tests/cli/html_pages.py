# ruff: noqa: E501  (the HTML pages below are written as a browser would get them)
"""HTML pages written for the input tests: an article with the page around it."""

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council approves tram plan despite protests | The Harbor Courier</title>
<meta property="og:title" content="Council approves tram plan despite protests">
<meta name="author" content="Maria Lopez">
<link rel="stylesheet" href="/site.css">
<style>.ad-slot { height: 250px } body { font-family: serif }</style>
<script>window.dataLayer = []; function track(){ console.log("tracking pixel fired"); }</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Council approves tram plan despite protests", "author": {"@type": "Person", "name": "Maria Lopez"}}</script>
</head>
<body class="single-article has-comments">
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<header class="site-header">
  <a href="/" class="logo">The Harbor Courier</a>
  <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav>
  <form class="search"><input type="search" placeholder="Search the Courier"><button>Search</button></form>
</header>
<div class="ad-slot ad-leaderboard">ADVERTISEMENT Buy discount mattresses today at Sleepworld</div>
<main id="content">
<article class="story">
  <header>
    <p class="kicker">Transport</p>
    <h1>Council approves tram plan despite protests</h1>
    <p class="byline">By <a rel="author" href="/staff/maria-lopez">Maria Lopez</a>, City Hall reporter</p>
    <time datetime="2024-03-05">March 5, 2024</time>
    <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  </header>
  <figure><img src="tram.jpg" alt="A tram"><figcaption>A tram on the harbor line. (Photo: Courier archive)</figcaption></figure>
  <p>The Harbor City council voted 7 to 2 on Tuesday to build a tram line from the docks to the university, ending a decade of argument over the route.</p>
  <p>Supporters said the line would cut commuting times in half. Opponents, who packed the public gallery, called the &ldquo;reckless&rdquo; vote a betrayal of small businesses on Water Street.</p>
  <div class="ad-slot ad-inline"><span>Advertisement</span><a href="https://ads.example/cheap-flights">Cheap flights to Lisbon from 29 euros, book now</a></div>
  <h2>Costs disputed</h2>
  <p>&ldquo;We have waited long enough,&rdquo; said Mayor Ann Lee, who promised the work would start in the spring.</p>
  <blockquote><p>The figures in the plan are, at best, wishful thinking, the city auditor wrote in a report last month.</p></blockquote>
  <aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Bus fares to rise in June</a></li><li><a href="/b">Water Street shops fear closures</a></li></ul></aside>
  <p>The council will publish the final budget in May, and construction contracts are expected to follow in the autumn.</p>
  <ul class="story-tags"><li><a href="/t/transport">Transport</a></li><li><a href="/t/council">Council</a></li></ul>
  <div class="newsletter-signup"><p>Sign up for the Courier morning briefing, delivered to your inbox every weekday.</p><form><input type="email"><button>Subscribe</button></form></div>
  <footer class="article-footer"><p>Maria Lopez covers City Hall for the Courier. Follow her on social media.</p></footer>
</article>
<section id="comments" class="comments-area">
  <h2>42 comments</h2>
  <article class="comment"><p class="comment-author">harborfan77</p><p>This is the worst decision the council has made in years, total waste of money.</p></article>
  <article class="comment"><p class="comment-author">dockworker</p><p>Finally some progress, I cannot wait to stop sitting in traffic every morning.</p></article>
  <form class="comment-form"><textarea>Write your comment</textarea><button>Post</button></form>
</section>
<section class="more-stories">
  <h2>More from the Courier</h2>
  <article class="card"><h3><a href="/c">Lighthouse reopens after storm repairs</a></h3><p>Visitors returned to the point on Sunday.</p></article>
  <article class="card"><h3><a href="/d">School board delays vote on uniforms</a></h3></article>
</section>
</main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/e">Celebrity chef opens harbour bistro</a></li><li><a href="/f">Ten best beaches this summer</a></li></ol></aside>
<footer class="site-footer"><p>&copy; 2024 The Harbor Courier. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
<iframe src="https://ads.example/frame" title="advert"></iframe>
<script>track();</script>
</body>
</html>
"""

NEWS_ARTICLE = [
    "The Harbor City council voted 7 to 2 on Tuesday to build a tram line",
    "Supporters said the line would cut commuting times in half.",
    "called the “reckless” vote a betrayal of small businesses",
    "“We have waited long enough,” said Mayor Ann Lee",
    "The figures in the plan are, at best, wishful thinking",
    "The council will publish the final budget in May",
    "Costs disputed",
]
NEWS_FURNITURE = [
    "We use cookies",
    "Sport",
    "Search the Courier",
    "Sleepworld",
    "Cheap flights",
    "Bus fares to rise",
    "worst decision the council",
    "cannot wait to stop sitting",
    "harborfan77",
    "Lighthouse reopens",
    "Celebrity chef",
    "All rights reserved",
    "Privacy policy",
    "Sign up for the Courier",
    "tracking pixel",
    "font-family",
    "Share on Facebook",
    "Photo: Courier archive",
    "Follow her on social media",
    "42 comments",
]

BLOG_PAGE = """<html>
<head>
<title>Why the stadium deal is a bad bet - Granton Notes</title>
<meta name="author" content="Dev Okonjo">
<meta name="description" content="A blog about Granton politics.">
</head>
<body>
<div id="wrapper">
 <div id="top-menu"><a href="/">Home</a> | <a href="/about">About</a> | <a href="/archive">Archive</a> | <a href="/contact">Contact</a></div>
 <div id="container">
  <div id="content" class="column">
   <div class="post-meta">Posted in <a href="/cat/politics">Politics</a> on June 2</div>
   <div class="post-title">Why the stadium deal is a bad bet</div>
   <div class="entry-content">
    <p>The county commission wants to spend 300 million dollars on a stadium that the team's owners could pay for themselves, and the arithmetic does not work.</p>
    <p>Every study of public stadium money in the last thirty years has reached the same conclusion: the promised jobs are seasonal, the tax revenue is small, and the land could be used for housing instead.</p>
    Commissioner Hugo Falk, who backs the deal, told me it would put Granton on the map.<br><br>
    That is a slogan, not a business case.<br>
    <p>Voters will have their say at a public hearing on June 20, where the commission has promised to publish the full lease for the first time.</p>
    <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><a href="#">Twitter</a><a href="#">Facebook</a></div>
    <div class="jp-relatedposts"><h3>Related</h3><p><a href="/x">The library merger, one year on</a></p></div>
   </div>
   <div id="comments">
    <h3>17 Responses to &ldquo;Why the stadium deal is a bad bet&rdquo;</h3>
    <ol class="commentlist">
     <li class="comment"><div class="comment-author vcard">Keiko</div><p>Great post, I agree with every word of this and will come to the hearing.</p></li>
     <li class="comment"><div class="comment-author vcard">Wes</div><p>You forgot that the team might leave town without the new stadium, which would hurt the bars downtown.</p></li>
    </ol>
    <div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>
   </div>
  </div>
  <div id="sidebar" class="column">
   <div class="widget"><h3>Blogroll</h3><ul><li><a href="/1">Granton Daily</a></li><li><a href="/2">Harbor Watch</a></li></ul></div>
   <div class="widget"><h3>Archives</h3><ul><li><a href="/3">May 2024</a></li></ul></div>
   <div class="textwidget"><p>This blog is written by a retired accountant who has followed Granton politics since 1980.</p></div>
  </div>
 </div>
 <div id="footer">Powered by WordPress. Theme by Someone.</div>
</div>
</body>
</html>
"""

BLOG_ARTICLE = [
    "The county commission wants to spend 300 million dollars on a stadium",
    "Every study of public stadium money in the last thirty years",
    "Commissioner Hugo Falk, who backs the deal, told me it would put Granton on the map.",
    "That is a slogan, not a business case.",
    "Voters will have their say at a public hearing on June 20",
]
BLOG_FURNITURE = [
    "Archive",
    "Contact",
    "Share this",
    "The library merger",
    "Great post",
    "You forgot that the team",
    "Leave a Reply",
    "Blogroll",
    "retired accountant",
    "Powered by WordPress",
    "17 Responses",
]

COMMENT_HEAVY_PAGE = """<!doctype html>
<html><head><title>Opinion: The bridge can wait</title></head>
<body>
<div class="topbar"><a href="/">Front page</a> <a href="/opinion">Opinion</a> <a href="/login">Log in</a></div>
<main>
 <div class="column-body">
  <h1>The bridge can wait</h1>
  <div class="author-line"><span class="byline">By Olga Pryce</span></div>
  <p>The Eastwick Bay bridge is safe for another decade, according to the engineers the county hired last year, yet the commission wants to replace it now.</p>
  <p>That would cost 80 million dollars that the county does not have, and it would close the only road to the hospital for two years.</p>
  <p>A cheaper repair would keep the bridge open while the county saves for a new one, which is what the engineers recommended in the first place.</p>
 </div>
 <div class="reader-comments">
  <p>I drive over that bridge every single day and I can tell you that it shakes whenever a truck goes past, so I do not believe the engineers at all.</p>
  <p>The county has wasted money on consultants for years and this column is just more of the same old excuses for doing nothing about our roads.</p>
  <p>Replace it now, before someone gets hurt, and stop writing columns about saving money when lives are at stake on that crossing every morning.</p>
  <p>My grandfather helped build that bridge in 1962, and it has never had a serious problem, so I agree with the writer that a repair is enough.</p>
  <p>Why does the paper keep publishing opinion pieces from people who do not even live in Eastwick Bay and never have to use that bridge themselves?</p>
 </div>
</main>
<div class="footer-links"><a href="/a">About us</a> <a href="/b">Advertise with us</a></div>
</body></html>
"""

COMMENT_HEAVY_ARTICLE = [
    "The Eastwick Bay bridge is safe for another decade",
    "That would cost 80 million dollars",
    "A cheaper repair would keep the bridge open",
]
COMMENT_HEAVY_FURNITURE = [
    "I drive over that bridge",
    "wasted money on consultants",
    "Replace it now",
    "My grandfather",
    "Why does the paper",
    "Log in",
    "Advertise with us",
    "Front page",
]

MINIMAL_PAGE = """<html><body>
<h1>Flood barrier opens</h1>
<p>The new flood barrier at Kestrel Harbor opened on Friday, two years late and 12 million dollars over budget.</p>
<p>Officials said it would protect 4,000 homes.
<p>Residents welcomed it.
</body></html>
"""
MINIMAL_ARTICLE = [
    "The new flood barrier at Kestrel Harbor opened on Friday",
    "Officials said it would protect 4,000 homes.",
    "Residents welcomed it.",
]
MINIMAL_FURNITURE: list[str] = []

PORTAL_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Clinic waiting lists grow as nurses leave - Northgate Today</title>
<meta property="og:site_name" content="Northgate Today"></head>
<body>
<div class="topnav"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/health">Health</a></li></ul></div>
<div class="container">
 <div class="row">
  <div class="col-md-8">
   <h1 class="headline">Clinic waiting lists grow as nurses leave</h1>
   <div class="meta"><span class="author">Luis Moreau</span> &middot; <span class="date">12 October</span></div>
   <div class="story-text">
    <p>Patients at the Northgate community clinic now wait an average of six weeks for a routine appointment, almost double the wait a year ago.</p>
    <p>The clinic has lost eleven nurses since January, most of them to private hospitals that pay more, its director told the county board on Monday.</p>
    <p><strong>READ MORE:</strong> <a href="/p">Port strike talks collapse after two days</a></p>
    <p>&ldquo;We are running a full service with two thirds of the staff,&rdquo; said the director, Grace Lindqvist. &ldquo;Something has to give.&rdquo;</p>
    <div class="video-embed"><iframe src="/v/1"></iframe><p class="video-title">Watch: a day inside the clinic</p></div>
    <p>The board is expected to vote next month on a retention bonus of 3,000 dollars for each nurse who stays for two years.</p>
    <div class="topics">Topics: <a href="/t/1">Health</a>, <a href="/t/2">Northgate</a>, <a href="/t/3">County board</a></div>
   </div>
   <div id="disqus_thread"><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></div>
  </div>
  <div class="col-md-4 rail">
   <section class="popular"><h4>Most popular</h4><ol><li><a href="/m1">Mayor's dog wins county fair</a></li><li><a href="/m2">Road closures this weekend</a></li></ol></section>
   <div class="promo-box"><p>Get Northgate Today on your phone: download our free app for breaking news alerts.</p></div>
  </div>
 </div>
</div>
<div class="site-foot"><p>Copyright Northgate Today Media. Contact the newsroom at tips@example.org.</p></div>
</body></html>
"""
PORTAL_ARTICLE = [
    "Patients at the Northgate community clinic now wait an average of six weeks",
    "The clinic has lost eleven nurses since January",
    "“We are running a full service with two thirds of the staff,” said the director, Grace Lindqvist.",
    "The board is expected to vote next month on a retention bonus",
]
PORTAL_FURNITURE = [
    "Local",
    "Port strike talks",
    "Topics:",
    "enable JavaScript",
    "Most popular",
    "Mayor's dog",
    "download our free app",
    "Copyright Northgate",
]
# Not caught (a known limit): a video teaser's title inside the story ("Watch: a day inside
# the clinic") stays in, as it is a paragraph with no class that names it.

PAGES = {
    "news site": (NEWS_PAGE, NEWS_ARTICLE, NEWS_FURNITURE),
    "blog with sidebar and comments": (BLOG_PAGE, BLOG_ARTICLE, BLOG_FURNITURE),
    "comments longer than the column": (
        COMMENT_HEAVY_PAGE,
        COMMENT_HEAVY_ARTICLE,
        COMMENT_HEAVY_FURNITURE,
    ),
    "bare page": (MINIMAL_PAGE, MINIMAL_ARTICLE, MINIMAL_FURNITURE),
    "portal with a rail": (PORTAL_PAGE, PORTAL_ARTICLE, PORTAL_FURNITURE),
}
