/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["adoption-chart {\"platform\":\"social-media\"} narrow nl"] = 
`title: Sociale media bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op sociale media actief zijn: gemeenten: geen cijfer (2016, 2017); OCMW’s van 45% naar 67%; politiezones: geen cijfer (2016, 2017); brandweerzones: geen cijfer (2016, 2017); algemeen: geen cijfer (2017).
svg width=360 height=290 aria-label=Aandeel van de respondenten op sociale media, per soort bestuur, 2016 en 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=50.8 cy=10 r=5
text x=60.8 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=114.8 cy=10 r=5
text x=124.8 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=44.8 x2=44.8 y1=42 y2=282
text.tick x=44.8 y=36 text-anchor=middle "0%"
line.grid x1=180 x2=180 y1=42 y2=282
text.tick x=180 y=36 text-anchor=middle "50%"
line.grid x1=315.2 x2=315.2 y1=42 y2=282
text.tick x=315.2 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Gemeenten"
text.note-text x=44.8 y=72 dy=0.35em "geen cijfer: “Gemeenten, OCMW’s, politie- en brand…"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMW’s"
line.link x1=166.5 x2=226 y1=120 y2=120
circle.dot.exact.y2016 cx=166.5 cy=120 r=6
circle.dot.exact.y2017 cx=226 cy=120 r=6
text.value x=156.5 y=120 text-anchor=end dy=0.35em "45%"
text.value x=236 y=120 text-anchor=start dy=0.35em "67%"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Politiezones"
text.note-text x=44.8 y=168 dy=0.35em "geen cijfer: “Gemeenten, OCMW’s, politie- en brand…"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Brandweerzones"
text.note-text x=44.8 y=216 dy=0.35em "geen cijfer: “Gemeenten, OCMW’s, politie- en brand…"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Algemeen"
text.note-text x=44.8 y=264 dy=0.35em "geen cijfer: “Gemeenten, OCMW’s, politie- en brand…"
g.hits 
rect.hit x=40.8 y=60 rx=0 width=297.5 height=24 data-key=municipality-none aria-label=Gemeenten, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=154.5 y=108 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMW’s, Sociale media, 2016: 45%
rect.hit x=214 y=108 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMW’s, Sociale media, 2017: 67%
rect.hit x=40.8 y=156 rx=0 width=297.5 height=24 data-key=police-none aria-label=Politiezones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=40.8 y=204 rx=0 width=297.5 height=24 data-key=fire-none aria-label=Brandweerzones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=40.8 y=252 rx=0 width=297.5 height=24 data-key=all-none aria-label=Algemeen, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: OCMW’s | Sociale media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: Politiezones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Brandweerzones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Algemeen | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.`;
/* end snapshot adoption-chart {"platform":"social-media"} narrow nl */

snapshots["adoption-chart {\"platform\":\"social-media\"} narrow en"] = 
`title: Social media among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on social media: municipalities: no figure (2016, 2017); OCMWs from 45% to 67%; police zones: no figure (2016, 2017); fire zones: no figure (2016, 2017); overall: no figure (2017).
svg width=360 height=290 aria-label=Share of respondents on social media, by kind of organisation, 2016 and 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=50.8 cy=10 r=5
text x=60.8 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=114.8 cy=10 r=5
text x=124.8 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=44.8 x2=44.8 y1=42 y2=282
text.tick x=44.8 y=36 text-anchor=middle "0%"
line.grid x1=180 x2=180 y1=42 y2=282
text.tick x=180 y=36 text-anchor=middle "50%"
line.grid x1=315.2 x2=315.2 y1=42 y2=282
text.tick x=315.2 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Municipalities"
text.note-text x=44.8 y=72 dy=0.35em "no figure: “Municipalities, OCMWs, police and fire z…"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMWs"
line.link x1=166.5 x2=226 y1=120 y2=120
circle.dot.exact.y2016 cx=166.5 cy=120 r=6
circle.dot.exact.y2017 cx=226 cy=120 r=6
text.value x=156.5 y=120 text-anchor=end dy=0.35em "45%"
text.value x=236 y=120 text-anchor=start dy=0.35em "67%"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Police zones"
text.note-text x=44.8 y=168 dy=0.35em "no figure: “Municipalities, OCMWs, police and fire z…"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Fire zones"
text.note-text x=44.8 y=216 dy=0.35em "no figure: “Municipalities, OCMWs, police and fire z…"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Overall"
text.note-text x=44.8 y=264 dy=0.35em "no figure: “Municipalities, OCMWs, police and fire z…"
g.hits 
rect.hit x=40.8 y=60 rx=0 width=300.1 height=24 data-key=municipality-none aria-label=Municipalities, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=154.5 y=108 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMWs, Social media, 2016: 45%
rect.hit x=214 y=108 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMWs, Social media, 2017: 67%
rect.hit x=40.8 y=156 rx=0 width=300.1 height=24 data-key=police-none aria-label=Police zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=40.8 y=204 rx=0 width=300.1 height=24 data-key=fire-none aria-label=Fire zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=40.8 y=252 rx=0 width=300.1 height=24 data-key=all-none aria-label=Overall, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: OCMWs | Social media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: Police zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Fire zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Overall | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.`;
/* end snapshot adoption-chart {"platform":"social-media"} narrow en */

snapshots["adoption-chart {\"platform\":\"social-media\"} wide nl"] = 
`title: Sociale media bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op sociale media actief zijn: gemeenten: geen cijfer (2016, 2017); OCMW’s van 45% naar 67%; politiezones: geen cijfer (2016, 2017); brandweerzones: geen cijfer (2016, 2017); algemeen: geen cijfer (2017).
svg width=900 height=230 aria-label=Aandeel van de respondenten op sociale media, per soort bestuur, 2016 en 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=153.5 cy=10 r=5
text x=163.5 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=217.5 cy=10 r=5
text x=227.5 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=147.5 x2=147.5 y1=42 y2=222
text.tick x=147.5 y=36 text-anchor=middle "0%"
line.grid x1=289 x2=289 y1=42 y2=222
text.tick x=289 y=36 text-anchor=middle "20%"
line.grid x1=430.5 x2=430.5 y1=42 y2=222
text.tick x=430.5 y=36 text-anchor=middle "40%"
line.grid x1=572.1 x2=572.1 y1=42 y2=222
text.tick x=572.1 y=36 text-anchor=middle "60%"
line.grid x1=713.6 x2=713.6 y1=42 y2=222
text.tick x=713.6 y=36 text-anchor=middle "80%"
line.grid x1=855.2 x2=855.2 y1=42 y2=222
text.tick x=855.2 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Gemeenten"
text.note-text x=147.5 y=60 dy=0.35em "geen cijfer: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMW’s"
line.link x1=465.9 x2=621.6 y1=96 y2=96
circle.dot.exact.y2016 cx=465.9 cy=96 r=6
circle.dot.exact.y2017 cx=621.6 cy=96 r=6
text.value x=455.9 y=96 text-anchor=end dy=0.35em "45%"
text.value x=631.6 y=96 text-anchor=start dy=0.35em "67%"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Politiezones"
text.note-text x=147.5 y=132 dy=0.35em "geen cijfer: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Brandweerzones"
text.note-text x=147.5 y=168 dy=0.35em "geen cijfer: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Algemeen"
text.note-text x=147.5 y=204 dy=0.35em "geen cijfer: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”"
g.hits 
rect.hit x=143.5 y=48 rx=0 width=694.6 height=24 data-key=municipality-none aria-label=Gemeenten, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=453.9 y=84 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMW’s, Sociale media, 2016: 45%
rect.hit x=609.6 y=84 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMW’s, Sociale media, 2017: 67%
rect.hit x=143.5 y=120 rx=0 width=694.6 height=24 data-key=police-none aria-label=Politiezones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=143.5 y=156 rx=0 width=694.6 height=24 data-key=fire-none aria-label=Brandweerzones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=143.5 y=192 rx=0 width=694.6 height=24 data-key=all-none aria-label=Algemeen, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: OCMW’s | Sociale media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: Politiezones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Brandweerzones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Algemeen | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.`;
/* end snapshot adoption-chart {"platform":"social-media"} wide nl */

snapshots["adoption-chart {\"platform\":\"social-media\"} wide en"] = 
`title: Social media among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on social media: municipalities: no figure (2016, 2017); OCMWs from 45% to 67%; police zones: no figure (2016, 2017); fire zones: no figure (2016, 2017); overall: no figure (2017).
svg width=900 height=230 aria-label=Share of respondents on social media, by kind of organisation, 2016 and 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=141.9 cy=10 r=5
text x=151.9 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=205.9 cy=10 r=5
text x=215.9 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=135.9 x2=135.9 y1=42 y2=222
text.tick x=135.9 y=36 text-anchor=middle "0%"
line.grid x1=279.8 x2=279.8 y1=42 y2=222
text.tick x=279.8 y=36 text-anchor=middle "20%"
line.grid x1=423.6 x2=423.6 y1=42 y2=222
text.tick x=423.6 y=36 text-anchor=middle "40%"
line.grid x1=567.5 x2=567.5 y1=42 y2=222
text.tick x=567.5 y=36 text-anchor=middle "60%"
line.grid x1=711.3 x2=711.3 y1=42 y2=222
text.tick x=711.3 y=36 text-anchor=middle "80%"
line.grid x1=855.2 x2=855.2 y1=42 y2=222
text.tick x=855.2 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Municipalities"
text.note-text x=135.9 y=60 dy=0.35em "no figure: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMWs"
line.link x1=459.6 x2=617.8 y1=96 y2=96
circle.dot.exact.y2016 cx=459.6 cy=96 r=6
circle.dot.exact.y2017 cx=617.8 cy=96 r=6
text.value x=449.6 y=96 text-anchor=end dy=0.35em "45%"
text.value x=627.8 y=96 text-anchor=start dy=0.35em "67%"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Police zones"
text.note-text x=135.9 y=132 dy=0.35em "no figure: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Fire zones"
text.note-text x=135.9 y=168 dy=0.35em "no figure: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Overall"
text.note-text x=135.9 y=204 dy=0.35em "no figure: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”"
g.hits 
rect.hit x=131.9 y=48 rx=0 width=655.6 height=24 data-key=municipality-none aria-label=Municipalities, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=447.6 y=84 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMWs, Social media, 2016: 45%
rect.hit x=605.8 y=84 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMWs, Social media, 2017: 67%
rect.hit x=131.9 y=120 rx=0 width=655.6 height=24 data-key=police-none aria-label=Police zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=131.9 y=156 rx=0 width=655.6 height=24 data-key=fire-none aria-label=Fire zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=131.9 y=192 rx=0 width=655.6 height=24 data-key=all-none aria-label=Overall, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: OCMWs | Social media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: Police zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Fire zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Overall | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.`;
/* end snapshot adoption-chart {"platform":"social-media"} wide en */

snapshots["adoption-chart {\"platform\":\"facebook\"} narrow nl"] = 
`title: Facebook bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Facebook actief zijn: OCMW’s: geen cijfer (2017); algemeen: geen cijfer (2017); niet in het artikel: gemeenten, politiezones, brandweerzones.
svg width=360 height=290 aria-label=Aandeel van de respondenten op Facebook, per soort bestuur, 2016 en 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=20 cy=10 r=5
text x=30 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=84 cy=10 r=5
text x=94 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=14 x2=14 y1=42 y2=282
text.tick x=14 y=36 text-anchor=middle "0%"
line.grid x1=176.5 x2=176.5 y1=42 y2=282
text.tick x=176.5 y=36 text-anchor=middle "50%"
line.grid x1=339 x2=339 y1=42 y2=282
text.tick x=339 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Gemeenten"
text.note-text x=14 y=72 dy=0.35em "niet in het artikel"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMW’s"
text.note-text x=14 y=120 dy=0.35em "geen cijfer: “Vooral Facebook is populair.”"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Politiezones"
text.note-text x=14 y=168 dy=0.35em "niet in het artikel"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Brandweerzones"
text.note-text x=14 y=216 dy=0.35em "niet in het artikel"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Algemeen"
text.note-text x=14 y=264 dy=0.35em "geen cijfer: “In het algemeen zijn vooral Twitter en Facebo…"
g.hits 
rect.hit x=10 y=60 rx=0 width=96.4 height=24 data-key=municipality-none aria-label=Gemeenten, Facebook, 2017: niet in het artikel
rect.hit x=10 y=108 rx=0 width=230.9 height=24 data-key=ocmw-none aria-label=OCMW’s, Facebook, 2017: geen cijfer. In het artikel: “Vooral Facebook is populair.”
rect.hit x=10 y=156 rx=0 width=96.4 height=24 data-key=police-none aria-label=Politiezones, Facebook, 2017: niet in het artikel
rect.hit x=10 y=204 rx=0 width=96.4 height=24 data-key=fire-none aria-label=Brandweerzones, Facebook, 2017: niet in het artikel
rect.hit x=10 y=252 rx=0 width=328 height=24 data-key=all-none aria-label=Algemeen, Facebook, 2017: geen cijfer. In het artikel: “In het algemeen zijn vooral Twitter en Facebook populair”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: OCMW’s | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | Vooral Facebook is populair.
row: Politiezones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Algemeen | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | In het algemeen zijn vooral Twitter en Facebook populair`;
/* end snapshot adoption-chart {"platform":"facebook"} narrow nl */

snapshots["adoption-chart {\"platform\":\"facebook\"} narrow en"] = 
`title: Facebook among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Facebook: OCMWs: no figure (2017); overall: no figure (2017); not in the article: municipalities, police zones, fire zones.
svg width=360 height=290 aria-label=Share of respondents on Facebook, by kind of organisation, 2016 and 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=20 cy=10 r=5
text x=30 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=84 cy=10 r=5
text x=94 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=14 x2=14 y1=42 y2=282
text.tick x=14 y=36 text-anchor=middle "0%"
line.grid x1=176.5 x2=176.5 y1=42 y2=282
text.tick x=176.5 y=36 text-anchor=middle "50%"
line.grid x1=339 x2=339 y1=42 y2=282
text.tick x=339 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Municipalities"
text.note-text x=14 y=72 dy=0.35em "not in the article"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMWs"
text.note-text x=14 y=120 dy=0.35em "no figure: “Facebook above all is popular.”"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Police zones"
text.note-text x=14 y=168 dy=0.35em "not in the article"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Fire zones"
text.note-text x=14 y=216 dy=0.35em "not in the article"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Overall"
text.note-text x=14 y=264 dy=0.35em "no figure: “In general Twitter and Facebook above all are p…"
g.hits 
rect.hit x=10 y=60 rx=0 width=92.8 height=24 data-key=municipality-none aria-label=Municipalities, Facebook, 2017: not in the article
rect.hit x=10 y=108 rx=0 width=232.2 height=24 data-key=ocmw-none aria-label=OCMWs, Facebook, 2017: no figure. In the article: “Facebook above all is popular.”
rect.hit x=10 y=156 rx=0 width=92.8 height=24 data-key=police-none aria-label=Police zones, Facebook, 2017: not in the article
rect.hit x=10 y=204 rx=0 width=92.8 height=24 data-key=fire-none aria-label=Fire zones, Facebook, 2017: not in the article
rect.hit x=10 y=252 rx=0 width=329.1 height=24 data-key=all-none aria-label=Overall, Facebook, 2017: no figure. In the article: “In general Twitter and Facebook above all are popular”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Facebook | 2017 | not in the article | not in the article | —
row: OCMWs | Facebook | 2017 | no figure | no figure in the article | Vooral Facebook is populair.
row: Police zones | Facebook | 2017 | not in the article | not in the article | —
row: Fire zones | Facebook | 2017 | not in the article | not in the article | —
row: Overall | Facebook | 2017 | no figure | no figure in the article | In het algemeen zijn vooral Twitter en Facebook populair`;
/* end snapshot adoption-chart {"platform":"facebook"} narrow en */

snapshots["adoption-chart {\"platform\":\"facebook\"} wide nl"] = 
`title: Facebook bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Facebook actief zijn: OCMW’s: geen cijfer (2017); algemeen: geen cijfer (2017); niet in het artikel: gemeenten, politiezones, brandweerzones.
svg width=900 height=230 aria-label=Aandeel van de respondenten op Facebook, per soort bestuur, 2016 en 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=122.6 cy=10 r=5
text x=132.6 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=186.6 cy=10 r=5
text x=196.6 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=116.6 x2=116.6 y1=42 y2=222
text.tick x=116.6 y=36 text-anchor=middle "0%"
line.grid x1=269.1 x2=269.1 y1=42 y2=222
text.tick x=269.1 y=36 text-anchor=middle "20%"
line.grid x1=421.6 x2=421.6 y1=42 y2=222
text.tick x=421.6 y=36 text-anchor=middle "40%"
line.grid x1=574.1 x2=574.1 y1=42 y2=222
text.tick x=574.1 y=36 text-anchor=middle "60%"
line.grid x1=726.5 x2=726.5 y1=42 y2=222
text.tick x=726.5 y=36 text-anchor=middle "80%"
line.grid x1=879 x2=879 y1=42 y2=222
text.tick x=879 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Gemeenten"
text.note-text x=116.6 y=60 dy=0.35em "niet in het artikel"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMW’s"
text.note-text x=116.6 y=96 dy=0.35em "geen cijfer: “Vooral Facebook is populair.”"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Politiezones"
text.note-text x=116.6 y=132 dy=0.35em "niet in het artikel"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Brandweerzones"
text.note-text x=116.6 y=168 dy=0.35em "niet in het artikel"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Algemeen"
text.note-text x=116.6 y=204 dy=0.35em "geen cijfer: “In het algemeen zijn vooral Twitter en Facebook populair”"
g.hits 
rect.hit x=112.6 y=48 rx=0 width=96.4 height=24 data-key=municipality-none aria-label=Gemeenten, Facebook, 2017: niet in het artikel
rect.hit x=112.6 y=84 rx=0 width=230.9 height=24 data-key=ocmw-none aria-label=OCMW’s, Facebook, 2017: geen cijfer. In het artikel: “Vooral Facebook is populair.”
rect.hit x=112.6 y=120 rx=0 width=96.4 height=24 data-key=police-none aria-label=Politiezones, Facebook, 2017: niet in het artikel
rect.hit x=112.6 y=156 rx=0 width=96.4 height=24 data-key=fire-none aria-label=Brandweerzones, Facebook, 2017: niet in het artikel
rect.hit x=112.6 y=192 rx=0 width=380.3 height=24 data-key=all-none aria-label=Algemeen, Facebook, 2017: geen cijfer. In het artikel: “In het algemeen zijn vooral Twitter en Facebook populair”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: OCMW’s | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | Vooral Facebook is populair.
row: Politiezones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Algemeen | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | In het algemeen zijn vooral Twitter en Facebook populair`;
/* end snapshot adoption-chart {"platform":"facebook"} wide nl */

snapshots["adoption-chart {\"platform\":\"facebook\"} wide en"] = 
`title: Facebook among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Facebook: OCMWs: no figure (2017); overall: no figure (2017); not in the article: municipalities, police zones, fire zones.
svg width=900 height=230 aria-label=Share of respondents on Facebook, by kind of organisation, 2016 and 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=111.1 cy=10 r=5
text x=121.1 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=175.1 cy=10 r=5
text x=185.1 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=105.1 x2=105.1 y1=42 y2=222
text.tick x=105.1 y=36 text-anchor=middle "0%"
line.grid x1=259.9 x2=259.9 y1=42 y2=222
text.tick x=259.9 y=36 text-anchor=middle "20%"
line.grid x1=414.7 x2=414.7 y1=42 y2=222
text.tick x=414.7 y=36 text-anchor=middle "40%"
line.grid x1=569.4 x2=569.4 y1=42 y2=222
text.tick x=569.4 y=36 text-anchor=middle "60%"
line.grid x1=724.2 x2=724.2 y1=42 y2=222
text.tick x=724.2 y=36 text-anchor=middle "80%"
line.grid x1=879 x2=879 y1=42 y2=222
text.tick x=879 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Municipalities"
text.note-text x=105.1 y=60 dy=0.35em "not in the article"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMWs"
text.note-text x=105.1 y=96 dy=0.35em "no figure: “Facebook above all is popular.”"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Police zones"
text.note-text x=105.1 y=132 dy=0.35em "not in the article"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Fire zones"
text.note-text x=105.1 y=168 dy=0.35em "not in the article"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Overall"
text.note-text x=105.1 y=204 dy=0.35em "no figure: “In general Twitter and Facebook above all are popular”"
g.hits 
rect.hit x=101.1 y=48 rx=0 width=92.8 height=24 data-key=municipality-none aria-label=Municipalities, Facebook, 2017: not in the article
rect.hit x=101.1 y=84 rx=0 width=232.2 height=24 data-key=ocmw-none aria-label=OCMWs, Facebook, 2017: no figure. In the article: “Facebook above all is popular.”
rect.hit x=101.1 y=120 rx=0 width=92.8 height=24 data-key=police-none aria-label=Police zones, Facebook, 2017: not in the article
rect.hit x=101.1 y=156 rx=0 width=92.8 height=24 data-key=fire-none aria-label=Fire zones, Facebook, 2017: not in the article
rect.hit x=101.1 y=192 rx=0 width=355.1 height=24 data-key=all-none aria-label=Overall, Facebook, 2017: no figure. In the article: “In general Twitter and Facebook above all are popular”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Facebook | 2017 | not in the article | not in the article | —
row: OCMWs | Facebook | 2017 | no figure | no figure in the article | Vooral Facebook is populair.
row: Police zones | Facebook | 2017 | not in the article | not in the article | —
row: Fire zones | Facebook | 2017 | not in the article | not in the article | —
row: Overall | Facebook | 2017 | no figure | no figure in the article | In het algemeen zijn vooral Twitter en Facebook populair`;
/* end snapshot adoption-chart {"platform":"facebook"} wide en */

snapshots["adoption-chart {\"platform\":\"twitter\"} narrow nl"] = 
`title: Twitter bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Twitter actief zijn: OCMW’s: ongeveer 1 op 3 (≈ 33%) (2017); algemeen: geen cijfer (2017); niet in het artikel: gemeenten, politiezones, brandweerzones.
svg width=360 height=290 aria-label=Aandeel van de respondenten op Twitter, per soort bestuur, 2016 en 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=20 cy=10 r=5
text x=30 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=84 cy=10 r=5
text x=94 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=14 x2=14 y1=42 y2=282
text.tick x=14 y=36 text-anchor=middle "0%"
line.grid x1=155.9 x2=155.9 y1=42 y2=282
text.tick x=155.9 y=36 text-anchor=middle "50%"
line.grid x1=297.7 x2=297.7 y1=42 y2=282
text.tick x=297.7 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Gemeenten"
text.note-text x=14 y=72 dy=0.35em "niet in het artikel"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMW’s"
circle.dot.about.y2017 cx=108.6 cy=120 r=6
text.value x=118.6 y=120 text-anchor=start dy=0.35em "≈ 1 op 3"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Politiezones"
text.note-text x=14 y=168 dy=0.35em "niet in het artikel"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Brandweerzones"
text.note-text x=14 y=216 dy=0.35em "niet in het artikel"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Algemeen"
text.note-text x=14 y=264 dy=0.35em "geen cijfer: “In het algemeen zijn vooral Twitter en Facebo…"
g.hits 
rect.hit x=10 y=60 rx=0 width=96.4 height=24 data-key=municipality-none aria-label=Gemeenten, Twitter, 2017: niet in het artikel
rect.hit x=96.6 y=108 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMW’s, Twitter, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “Twitter blijft steken op één op drie.”
rect.hit x=10 y=156 rx=0 width=96.4 height=24 data-key=police-none aria-label=Politiezones, Twitter, 2017: niet in het artikel
rect.hit x=10 y=204 rx=0 width=96.4 height=24 data-key=fire-none aria-label=Brandweerzones, Twitter, 2017: niet in het artikel
rect.hit x=10 y=252 rx=0 width=328 height=24 data-key=all-none aria-label=Algemeen, Twitter, 2017: geen cijfer. In het artikel: “In het algemeen zijn vooral Twitter en Facebook populair”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: OCMW’s | Twitter | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | Twitter blijft steken op één op drie.
row: Politiezones | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Algemeen | Twitter | 2017 | geen cijfer | geen cijfer in het artikel | In het algemeen zijn vooral Twitter en Facebook populair`;
/* end snapshot adoption-chart {"platform":"twitter"} narrow nl */

snapshots["adoption-chart {\"platform\":\"twitter\"} narrow en"] = 
`title: Twitter among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Twitter: OCMWs: about 1 in 3 (≈ 33%) (2017); overall: no figure (2017); not in the article: municipalities, police zones, fire zones.
svg width=360 height=290 aria-label=Share of respondents on Twitter, by kind of organisation, 2016 and 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=20 cy=10 r=5
text x=30 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=84 cy=10 r=5
text x=94 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=14 x2=14 y1=42 y2=282
text.tick x=14 y=36 text-anchor=middle "0%"
line.grid x1=157.3 x2=157.3 y1=42 y2=282
text.tick x=157.3 y=36 text-anchor=middle "50%"
line.grid x1=300.6 x2=300.6 y1=42 y2=282
text.tick x=300.6 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Municipalities"
text.note-text x=14 y=72 dy=0.35em "not in the article"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMWs"
circle.dot.about.y2017 cx=109.5 cy=120 r=6
text.value x=119.5 y=120 text-anchor=start dy=0.35em "≈ 1 in 3"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Police zones"
text.note-text x=14 y=168 dy=0.35em "not in the article"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Fire zones"
text.note-text x=14 y=216 dy=0.35em "not in the article"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Overall"
text.note-text x=14 y=264 dy=0.35em "no figure: “In general Twitter and Facebook above all are p…"
g.hits 
rect.hit x=10 y=60 rx=0 width=92.8 height=24 data-key=municipality-none aria-label=Municipalities, Twitter, 2017: not in the article
rect.hit x=97.5 y=108 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMWs, Twitter, 2017: about 1 in 3 (≈ 33%). In the article: “Twitter remains stuck at one in three.”
rect.hit x=10 y=156 rx=0 width=92.8 height=24 data-key=police-none aria-label=Police zones, Twitter, 2017: not in the article
rect.hit x=10 y=204 rx=0 width=92.8 height=24 data-key=fire-none aria-label=Fire zones, Twitter, 2017: not in the article
rect.hit x=10 y=252 rx=0 width=329.1 height=24 data-key=all-none aria-label=Overall, Twitter, 2017: no figure. In the article: “In general Twitter and Facebook above all are popular”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Twitter | 2017 | not in the article | not in the article | —
row: OCMWs | Twitter | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | Twitter blijft steken op één op drie.
row: Police zones | Twitter | 2017 | not in the article | not in the article | —
row: Fire zones | Twitter | 2017 | not in the article | not in the article | —
row: Overall | Twitter | 2017 | no figure | no figure in the article | In het algemeen zijn vooral Twitter en Facebook populair`;
/* end snapshot adoption-chart {"platform":"twitter"} narrow en */

snapshots["adoption-chart {\"platform\":\"twitter\"} wide nl"] = 
`title: Twitter bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Twitter actief zijn: OCMW’s: ongeveer 1 op 3 (≈ 33%) (2017); algemeen: geen cijfer (2017); niet in het artikel: gemeenten, politiezones, brandweerzones.
svg width=900 height=230 aria-label=Aandeel van de respondenten op Twitter, per soort bestuur, 2016 en 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=122.6 cy=10 r=5
text x=132.6 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=186.6 cy=10 r=5
text x=196.6 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=116.6 x2=116.6 y1=42 y2=222
text.tick x=116.6 y=36 text-anchor=middle "0%"
line.grid x1=260.8 x2=260.8 y1=42 y2=222
text.tick x=260.8 y=36 text-anchor=middle "20%"
line.grid x1=405.1 x2=405.1 y1=42 y2=222
text.tick x=405.1 y=36 text-anchor=middle "40%"
line.grid x1=549.3 x2=549.3 y1=42 y2=222
text.tick x=549.3 y=36 text-anchor=middle "60%"
line.grid x1=693.5 x2=693.5 y1=42 y2=222
text.tick x=693.5 y=36 text-anchor=middle "80%"
line.grid x1=837.7 x2=837.7 y1=42 y2=222
text.tick x=837.7 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Gemeenten"
text.note-text x=116.6 y=60 dy=0.35em "niet in het artikel"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMW’s"
circle.dot.about.y2017 cx=357 cy=96 r=6
text.value x=367 y=96 text-anchor=start dy=0.35em "≈ 1 op 3"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Politiezones"
text.note-text x=116.6 y=132 dy=0.35em "niet in het artikel"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Brandweerzones"
text.note-text x=116.6 y=168 dy=0.35em "niet in het artikel"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Algemeen"
text.note-text x=116.6 y=204 dy=0.35em "geen cijfer: “In het algemeen zijn vooral Twitter en Facebook populair”"
g.hits 
rect.hit x=112.6 y=48 rx=0 width=96.4 height=24 data-key=municipality-none aria-label=Gemeenten, Twitter, 2017: niet in het artikel
rect.hit x=345 y=84 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMW’s, Twitter, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “Twitter blijft steken op één op drie.”
rect.hit x=112.6 y=120 rx=0 width=96.4 height=24 data-key=police-none aria-label=Politiezones, Twitter, 2017: niet in het artikel
rect.hit x=112.6 y=156 rx=0 width=96.4 height=24 data-key=fire-none aria-label=Brandweerzones, Twitter, 2017: niet in het artikel
rect.hit x=112.6 y=192 rx=0 width=380.3 height=24 data-key=all-none aria-label=Algemeen, Twitter, 2017: geen cijfer. In het artikel: “In het algemeen zijn vooral Twitter en Facebook populair”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: OCMW’s | Twitter | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | Twitter blijft steken op één op drie.
row: Politiezones | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Algemeen | Twitter | 2017 | geen cijfer | geen cijfer in het artikel | In het algemeen zijn vooral Twitter en Facebook populair`;
/* end snapshot adoption-chart {"platform":"twitter"} wide nl */

snapshots["adoption-chart {\"platform\":\"twitter\"} wide en"] = 
`title: Twitter among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Twitter: OCMWs: about 1 in 3 (≈ 33%) (2017); overall: no figure (2017); not in the article: municipalities, police zones, fire zones.
svg width=900 height=230 aria-label=Share of respondents on Twitter, by kind of organisation, 2016 and 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=111.1 cy=10 r=5
text x=121.1 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=175.1 cy=10 r=5
text x=185.1 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=105.1 x2=105.1 y1=42 y2=222
text.tick x=105.1 y=36 text-anchor=middle "0%"
line.grid x1=252.2 x2=252.2 y1=42 y2=222
text.tick x=252.2 y=36 text-anchor=middle "20%"
line.grid x1=399.3 x2=399.3 y1=42 y2=222
text.tick x=399.3 y=36 text-anchor=middle "40%"
line.grid x1=546.4 x2=546.4 y1=42 y2=222
text.tick x=546.4 y=36 text-anchor=middle "60%"
line.grid x1=693.5 x2=693.5 y1=42 y2=222
text.tick x=693.5 y=36 text-anchor=middle "80%"
line.grid x1=840.6 x2=840.6 y1=42 y2=222
text.tick x=840.6 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Municipalities"
text.note-text x=105.1 y=60 dy=0.35em "not in the article"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMWs"
circle.dot.about.y2017 cx=350.3 cy=96 r=6
text.value x=360.3 y=96 text-anchor=start dy=0.35em "≈ 1 in 3"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Police zones"
text.note-text x=105.1 y=132 dy=0.35em "not in the article"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Fire zones"
text.note-text x=105.1 y=168 dy=0.35em "not in the article"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Overall"
text.note-text x=105.1 y=204 dy=0.35em "no figure: “In general Twitter and Facebook above all are popular”"
g.hits 
rect.hit x=101.1 y=48 rx=0 width=92.8 height=24 data-key=municipality-none aria-label=Municipalities, Twitter, 2017: not in the article
rect.hit x=338.3 y=84 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMWs, Twitter, 2017: about 1 in 3 (≈ 33%). In the article: “Twitter remains stuck at one in three.”
rect.hit x=101.1 y=120 rx=0 width=92.8 height=24 data-key=police-none aria-label=Police zones, Twitter, 2017: not in the article
rect.hit x=101.1 y=156 rx=0 width=92.8 height=24 data-key=fire-none aria-label=Fire zones, Twitter, 2017: not in the article
rect.hit x=101.1 y=192 rx=0 width=355.1 height=24 data-key=all-none aria-label=Overall, Twitter, 2017: no figure. In the article: “In general Twitter and Facebook above all are popular”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Twitter | 2017 | not in the article | not in the article | —
row: OCMWs | Twitter | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | Twitter blijft steken op één op drie.
row: Police zones | Twitter | 2017 | not in the article | not in the article | —
row: Fire zones | Twitter | 2017 | not in the article | not in the article | —
row: Overall | Twitter | 2017 | no figure | no figure in the article | In het algemeen zijn vooral Twitter en Facebook populair`;
/* end snapshot adoption-chart {"platform":"twitter"} wide en */

snapshots["adoption-chart {\"platform\":\"instagram\"} narrow nl"] = 
`title: Instagram bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Instagram actief zijn: gemeenten van ongeveer 2 op 5 (≈ 40%) naar bijna 2 op 3 (< 67%); OCMW’s van verwaarloosbaar naar ongeveer 1 op 3 (≈ 33%); politiezones van ongeveer 1 op 10 (≈ 10%) naar ongeveer 1 op 5 (≈ 20%); brandweerzones van 40% (n = 5) naar 57% (hoogstens 20 brandweerzones); algemeen: geen cijfer (2017).
svg width=360 height=290 aria-label=Aandeel van de respondenten op Instagram, per soort bestuur, 2016 en 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=89.6 cy=10 r=5
text x=99.6 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=153.6 cy=10 r=5
text x=163.6 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=83.6 x2=83.6 y1=42 y2=282
text.tick x=83.6 y=36 text-anchor=middle "0%"
line.grid x1=176.8 x2=176.8 y1=42 y2=282
text.tick x=176.8 y=36 text-anchor=middle "50%"
line.grid x1=270.1 x2=270.1 y1=42 y2=282
text.tick x=270.1 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Gemeenten"
line.link.dashed x1=158.2 x2=207.9 y1=72 y2=72
circle.dot.about.y2016 cx=158.2 cy=72 r=6
circle.dot.less-than.y2017 cx=207.9 cy=72 r=6
path.bound.y2017 d=M199.9,75L196.9,72L199.9,69
text.value x=148.2 y=72 text-anchor=end dy=0.35em "≈ 2 op 5"
text.value x=217.9 y=72 text-anchor=start dy=0.35em "< 2 op 3"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMW’s"
line.link.dashed x1=83.6 x2=145.8 y1=120 y2=120
circle.dot.negligible.y2016 cx=83.6 cy=120 r=4
circle.dot.about.y2017 cx=145.8 cy=120 r=6
text.value x=73.6 y=120 text-anchor=end dy=0.35em "≈ 0"
text.value x=155.8 y=120 text-anchor=start dy=0.35em "≈ 1 op 3"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Politiezones"
line.link.dashed x1=102.2 x2=120.9 y1=168 y2=168
circle.dot.about.y2016 cx=102.2 cy=168 r=6
circle.dot.about.y2017 cx=120.9 cy=168 r=6
text.value x=92.2 y=168 text-anchor=end dy=0.35em "≈ 1 op 10"
text.value x=130.9 y=168 text-anchor=start dy=0.35em "≈ 1 op 5"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Brandweerzones"
line.link x1=158.2 x2=189.9 y1=216 y2=216
circle.dot.exact.y2016 cx=158.2 cy=216 r=6
circle.dot.exact.y2017 cx=189.9 cy=216 r=6
text.value x=148.2 y=216 text-anchor=end dy=0.35em "40% (n = 5)"
text.value x=199.9 y=216 text-anchor=start dy=0.35em "57% (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Algemeen"
text.note-text x=83.6 y=264 dy=0.35em "geen cijfer: “maar ook Instagram en WhatsAp…"
g.hits 
rect.hit x=146.2 y=60 rx=12 width=24 height=24 data-key=municipality-2016 aria-label=Gemeenten, Instagram, 2016: ongeveer 2 op 5 (≈ 40%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=195.9 y=60 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Gemeenten, Instagram, 2017: bijna 2 op 3 (< 67%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=71.6 y=108 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMW’s, Instagram, 2016: verwaarloosbaar. In het artikel: “Waar het aantal in 2016 verwaarloosbaar was”
rect.hit x=133.8 y=108 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “is nu één op drie OCMW’s actief op Instagram”
rect.hit x=90.2 y=156 rx=12 width=24 height=24 data-key=police-2016 aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=108.9 y=156 rx=12 width=24 height=24 data-key=police-2017 aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=146.2 y=204 rx=12 width=24 height=24 data-key=fire-2016 aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=177.9 y=204 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
rect.hit x=79.6 y=252 rx=0 width=260.7 height=24 data-key=all-none aria-label=Algemeen, Instagram, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Instagram | 2016 | ongeveer 2 op 5 (≈ 40%) | ongeveer (woordbreuk) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | Instagram | 2017 | bijna 2 op 3 (< 67%) | bijna / minder dan (bovengrens) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMW’s | Instagram | 2016 | verwaarloosbaar | verwaarloosbaar | Waar het aantal in 2016 verwaarloosbaar was
row: OCMW’s | Instagram | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | is nu één op drie OCMW’s actief op Instagram
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Algemeen | Instagram | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"instagram"} narrow nl */

snapshots["adoption-chart {\"platform\":\"instagram\"} narrow en"] = 
`title: Instagram among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Instagram: municipalities from about 2 in 5 (≈ 40%) to almost 2 in 3 (< 67%); OCMWs from negligible to about 1 in 3 (≈ 33%); police zones from about 1 in 10 (≈ 10%) to about 1 in 5 (≈ 20%); fire zones from 40% (n = 5) to 57% (at most 20 fire zones); overall: no figure (2017).
svg width=360 height=290 aria-label=Share of respondents on Instagram, by kind of organisation, 2016 and 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=89.6 cy=10 r=5
text x=99.6 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=153.6 cy=10 r=5
text x=163.6 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=83.6 x2=83.6 y1=42 y2=282
text.tick x=83.6 y=36 text-anchor=middle "0%"
line.grid x1=176.8 x2=176.8 y1=42 y2=282
text.tick x=176.8 y=36 text-anchor=middle "50%"
line.grid x1=270.1 x2=270.1 y1=42 y2=282
text.tick x=270.1 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Municipalities"
line.link.dashed x1=158.2 x2=207.9 y1=72 y2=72
circle.dot.about.y2016 cx=158.2 cy=72 r=6
circle.dot.less-than.y2017 cx=207.9 cy=72 r=6
path.bound.y2017 d=M199.9,75L196.9,72L199.9,69
text.value x=148.2 y=72 text-anchor=end dy=0.35em "≈ 2 in 5"
text.value x=217.9 y=72 text-anchor=start dy=0.35em "< 2 in 3"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMWs"
line.link.dashed x1=83.6 x2=145.8 y1=120 y2=120
circle.dot.negligible.y2016 cx=83.6 cy=120 r=4
circle.dot.about.y2017 cx=145.8 cy=120 r=6
text.value x=73.6 y=120 text-anchor=end dy=0.35em "≈ 0"
text.value x=155.8 y=120 text-anchor=start dy=0.35em "≈ 1 in 3"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Police zones"
line.link.dashed x1=102.2 x2=120.9 y1=168 y2=168
circle.dot.about.y2016 cx=102.2 cy=168 r=6
circle.dot.about.y2017 cx=120.9 cy=168 r=6
text.value x=92.2 y=168 text-anchor=end dy=0.35em "≈ 1 in 10"
text.value x=130.9 y=168 text-anchor=start dy=0.35em "≈ 1 in 5"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Fire zones"
line.link x1=158.2 x2=189.9 y1=216 y2=216
circle.dot.exact.y2016 cx=158.2 cy=216 r=6
circle.dot.exact.y2017 cx=189.9 cy=216 r=6
text.value x=148.2 y=216 text-anchor=end dy=0.35em "40% (n = 5)"
text.value x=199.9 y=216 text-anchor=start dy=0.35em "57% (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Overall"
text.note-text x=83.6 y=264 dy=0.35em "no figure: “but Instagram and WhatsApp are u…"
g.hits 
rect.hit x=146.2 y=60 rx=12 width=24 height=24 data-key=municipality-2016 aria-label=Municipalities, Instagram, 2016: about 2 in 5 (≈ 40%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=195.9 y=60 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Municipalities, Instagram, 2017: almost 2 in 3 (< 67%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=71.6 y=108 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMWs, Instagram, 2016: negligible. In the article: “Where the number was negligible in 2016”
rect.hit x=133.8 y=108 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMWs, Instagram, 2017: about 1 in 3 (≈ 33%). In the article: “one in three OCMWs is now active on Instagram”
rect.hit x=90.2 y=156 rx=12 width=24 height=24 data-key=police-2016 aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=108.9 y=156 rx=12 width=24 height=24 data-key=police-2017 aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=146.2 y=204 rx=12 width=24 height=24 data-key=fire-2016 aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=177.9 y=204 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
rect.hit x=79.6 y=252 rx=0 width=262.5 height=24 data-key=all-none aria-label=Overall, Instagram, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Instagram | 2016 | about 2 in 5 (≈ 40%) | about (word fraction) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | Instagram | 2017 | almost 2 in 3 (< 67%) | almost / less than (upper bound) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMWs | Instagram | 2016 | negligible | negligible | Waar het aantal in 2016 verwaarloosbaar was
row: OCMWs | Instagram | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | is nu één op drie OCMW’s actief op Instagram
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Overall | Instagram | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"instagram"} narrow en */

snapshots["adoption-chart {\"platform\":\"instagram\"} wide nl"] = 
`title: Instagram bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Instagram actief zijn: gemeenten van ongeveer 2 op 5 (≈ 40%) naar bijna 2 op 3 (< 67%); OCMW’s van verwaarloosbaar naar ongeveer 1 op 3 (≈ 33%); politiezones van ongeveer 1 op 10 (≈ 10%) naar ongeveer 1 op 5 (≈ 20%); brandweerzones van 40% (n = 5) naar 57% (hoogstens 20 brandweerzones); algemeen: geen cijfer (2017).
svg width=900 height=230 aria-label=Aandeel van de respondenten op Instagram, per soort bestuur, 2016 en 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=192.2 cy=10 r=5
text x=202.2 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=256.2 cy=10 r=5
text x=266.2 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=186.2 x2=186.2 y1=42 y2=222
text.tick x=186.2 y=36 text-anchor=middle "0%"
line.grid x1=311 x2=311 y1=42 y2=222
text.tick x=311 y=36 text-anchor=middle "20%"
line.grid x1=435.8 x2=435.8 y1=42 y2=222
text.tick x=435.8 y=36 text-anchor=middle "40%"
line.grid x1=560.6 x2=560.6 y1=42 y2=222
text.tick x=560.6 y=36 text-anchor=middle "60%"
line.grid x1=685.3 x2=685.3 y1=42 y2=222
text.tick x=685.3 y=36 text-anchor=middle "80%"
line.grid x1=810.1 x2=810.1 y1=42 y2=222
text.tick x=810.1 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Gemeenten"
line.link.dashed x1=435.8 x2=602.2 y1=60 y2=60
circle.dot.about.y2016 cx=435.8 cy=60 r=6
circle.dot.less-than.y2017 cx=602.2 cy=60 r=6
path.bound.y2017 d=M594.2,63L591.2,60L594.2,57
text.value x=425.8 y=60 text-anchor=end dy=0.35em "≈ 2 op 5"
text.value x=612.2 y=60 text-anchor=start dy=0.35em "< 2 op 3"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMW’s"
line.link.dashed x1=186.2 x2=394.2 y1=96 y2=96
circle.dot.negligible.y2016 cx=186.2 cy=96 r=4
circle.dot.about.y2017 cx=394.2 cy=96 r=6
text.value x=176.2 y=96 text-anchor=end dy=0.35em "≈ 0"
text.value x=404.2 y=96 text-anchor=start dy=0.35em "≈ 1 op 3"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Politiezones"
line.link.dashed x1=248.6 x2=311 y1=132 y2=132
circle.dot.about.y2016 cx=248.6 cy=132 r=6
circle.dot.about.y2017 cx=311 cy=132 r=6
text.value x=238.6 y=132 text-anchor=end dy=0.35em "≈ 1 op 10"
text.value x=321 y=132 text-anchor=start dy=0.35em "≈ 1 op 5"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Brandweerzones"
line.link x1=435.8 x2=541.8 y1=168 y2=168
circle.dot.exact.y2016 cx=435.8 cy=168 r=6
circle.dot.exact.y2017 cx=541.8 cy=168 r=6
text.value x=425.8 y=168 text-anchor=end dy=0.35em "40% (n = 5)"
text.value x=551.8 y=168 text-anchor=start dy=0.35em "57% (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Algemeen"
text.note-text x=186.2 y=204 dy=0.35em "geen cijfer: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”"
g.hits 
rect.hit x=423.8 y=48 rx=12 width=24 height=24 data-key=municipality-2016 aria-label=Gemeenten, Instagram, 2016: ongeveer 2 op 5 (≈ 40%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=590.2 y=48 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Gemeenten, Instagram, 2017: bijna 2 op 3 (< 67%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=174.2 y=84 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMW’s, Instagram, 2016: verwaarloosbaar. In het artikel: “Waar het aantal in 2016 verwaarloosbaar was”
rect.hit x=382.2 y=84 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “is nu één op drie OCMW’s actief op Instagram”
rect.hit x=236.6 y=120 rx=12 width=24 height=24 data-key=police-2016 aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=299 y=120 rx=12 width=24 height=24 data-key=police-2017 aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=423.8 y=156 rx=12 width=24 height=24 data-key=fire-2016 aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=529.8 y=156 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
rect.hit x=182.2 y=192 rx=0 width=422.7 height=24 data-key=all-none aria-label=Algemeen, Instagram, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Instagram | 2016 | ongeveer 2 op 5 (≈ 40%) | ongeveer (woordbreuk) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | Instagram | 2017 | bijna 2 op 3 (< 67%) | bijna / minder dan (bovengrens) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMW’s | Instagram | 2016 | verwaarloosbaar | verwaarloosbaar | Waar het aantal in 2016 verwaarloosbaar was
row: OCMW’s | Instagram | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | is nu één op drie OCMW’s actief op Instagram
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Algemeen | Instagram | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"instagram"} wide nl */

snapshots["adoption-chart {\"platform\":\"instagram\"} wide en"] = 
`title: Instagram among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Instagram: municipalities from about 2 in 5 (≈ 40%) to almost 2 in 3 (< 67%); OCMWs from negligible to about 1 in 3 (≈ 33%); police zones from about 1 in 10 (≈ 10%) to about 1 in 5 (≈ 20%); fire zones from 40% (n = 5) to 57% (at most 20 fire zones); overall: no figure (2017).
svg width=900 height=230 aria-label=Share of respondents on Instagram, by kind of organisation, 2016 and 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=180.7 cy=10 r=5
text x=190.7 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=244.7 cy=10 r=5
text x=254.7 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=174.7 x2=174.7 y1=42 y2=222
text.tick x=174.7 y=36 text-anchor=middle "0%"
line.grid x1=301.8 x2=301.8 y1=42 y2=222
text.tick x=301.8 y=36 text-anchor=middle "20%"
line.grid x1=428.9 x2=428.9 y1=42 y2=222
text.tick x=428.9 y=36 text-anchor=middle "40%"
line.grid x1=555.9 x2=555.9 y1=42 y2=222
text.tick x=555.9 y=36 text-anchor=middle "60%"
line.grid x1=683 x2=683 y1=42 y2=222
text.tick x=683 y=36 text-anchor=middle "80%"
line.grid x1=810.1 x2=810.1 y1=42 y2=222
text.tick x=810.1 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Municipalities"
line.link.dashed x1=428.9 x2=598.3 y1=60 y2=60
circle.dot.about.y2016 cx=428.9 cy=60 r=6
circle.dot.less-than.y2017 cx=598.3 cy=60 r=6
path.bound.y2017 d=M590.3,63L587.3,60L590.3,57
text.value x=418.9 y=60 text-anchor=end dy=0.35em "≈ 2 in 5"
text.value x=608.3 y=60 text-anchor=start dy=0.35em "< 2 in 3"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMWs"
line.link.dashed x1=174.7 x2=386.5 y1=96 y2=96
circle.dot.negligible.y2016 cx=174.7 cy=96 r=4
circle.dot.about.y2017 cx=386.5 cy=96 r=6
text.value x=164.7 y=96 text-anchor=end dy=0.35em "≈ 0"
text.value x=396.5 y=96 text-anchor=start dy=0.35em "≈ 1 in 3"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Police zones"
line.link.dashed x1=238.2 x2=301.8 y1=132 y2=132
circle.dot.about.y2016 cx=238.2 cy=132 r=6
circle.dot.about.y2017 cx=301.8 cy=132 r=6
text.value x=228.2 y=132 text-anchor=end dy=0.35em "≈ 1 in 10"
text.value x=311.8 y=132 text-anchor=start dy=0.35em "≈ 1 in 5"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Fire zones"
line.link x1=428.9 x2=536.9 y1=168 y2=168
circle.dot.exact.y2016 cx=428.9 cy=168 r=6
circle.dot.exact.y2017 cx=536.9 cy=168 r=6
text.value x=418.9 y=168 text-anchor=end dy=0.35em "40% (n = 5)"
text.value x=546.9 y=168 text-anchor=start dy=0.35em "57% (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Overall"
text.note-text x=174.7 y=204 dy=0.35em "no figure: “but Instagram and WhatsApp are used more and more too”"
g.hits 
rect.hit x=416.9 y=48 rx=12 width=24 height=24 data-key=municipality-2016 aria-label=Municipalities, Instagram, 2016: about 2 in 5 (≈ 40%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=586.3 y=48 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Municipalities, Instagram, 2017: almost 2 in 3 (< 67%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=162.7 y=84 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMWs, Instagram, 2016: negligible. In the article: “Where the number was negligible in 2016”
rect.hit x=374.5 y=84 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMWs, Instagram, 2017: about 1 in 3 (≈ 33%). In the article: “one in three OCMWs is now active on Instagram”
rect.hit x=226.2 y=120 rx=12 width=24 height=24 data-key=police-2016 aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=289.8 y=120 rx=12 width=24 height=24 data-key=police-2017 aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=416.9 y=156 rx=12 width=24 height=24 data-key=fire-2016 aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=524.9 y=156 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
rect.hit x=170.7 y=192 rx=0 width=374.4 height=24 data-key=all-none aria-label=Overall, Instagram, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Instagram | 2016 | about 2 in 5 (≈ 40%) | about (word fraction) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | Instagram | 2017 | almost 2 in 3 (< 67%) | almost / less than (upper bound) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMWs | Instagram | 2016 | negligible | negligible | Waar het aantal in 2016 verwaarloosbaar was
row: OCMWs | Instagram | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | is nu één op drie OCMW’s actief op Instagram
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Overall | Instagram | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"instagram"} wide en */

snapshots["adoption-chart {\"platform\":\"whatsapp\"} narrow nl"] = 
`title: WhatsApp bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op WhatsApp actief zijn: gemeenten: geen cijfer (2016), meer dan 1 op 10 (> 10%) (2017); OCMW’s: geen cijfer (2017); politiezones: geen cijfer (2016), ongeveer 1 op 5 (≈ 20%) (2017); brandweerzones: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) (2017); algemeen: geen cijfer (2017).
svg width=360 height=290 aria-label=Aandeel van de respondenten op WhatsApp, per soort bestuur, 2016 en 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=20 cy=10 r=5
text x=30 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=84 cy=10 r=5
text x=94 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=14 x2=14 y1=42 y2=282
text.tick x=14 y=36 text-anchor=middle "0%"
line.grid x1=130.1 x2=130.1 y1=42 y2=282
text.tick x=130.1 y=36 text-anchor=middle "50%"
line.grid x1=246.2 x2=246.2 y1=42 y2=282
text.tick x=246.2 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Gemeenten"
circle.dot.more-than.y2017 cx=37.2 cy=72 r=6
path.bound.y2017 d=M45.2,69L48.2,72L45.2,75
text.value x=47.2 y=72 text-anchor=start dy=0.35em "> 1 op 10"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMW’s"
text.note-text x=14 y=120 dy=0.35em "geen cijfer: “OCMW’s maken weinig gebruik van WhatsApp”"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Politiezones"
circle.dot.about.y2017 cx=60.4 cy=168 r=6
text.value x=70.4 y=168 text-anchor=start dy=0.35em "≈ 1 op 5"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Brandweerzones"
circle.dot.about.y2017 cx=37.2 cy=216 r=6
text.value x=47.2 y=216 text-anchor=start dy=0.35em "≈ 1 op 10 (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Algemeen"
text.note-text x=14 y=264 dy=0.35em "geen cijfer: “maar ook Instagram en WhatsApp worden me…"
g.hits 
rect.hit x=25.2 y=60 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Gemeenten, WhatsApp, 2017: meer dan 1 op 10 (> 10%). In het artikel: “bij gemeenten iets meer dan één op 10”
rect.hit x=10 y=108 rx=0 width=332.5 height=24 data-key=ocmw-none aria-label=OCMW’s, WhatsApp, 2017: geen cijfer. In het artikel: “OCMW’s maken weinig gebruik van WhatsApp”
rect.hit x=48.4 y=156 rx=12 width=24 height=24 data-key=police-2017 aria-label=Politiezones, WhatsApp, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “Eén op vijf politiezones is aanwezig op WhatsApp”
rect.hit x=25.2 y=204 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Brandweerzones, WhatsApp, 2017: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones). In het artikel: “ook bij de brandweerzones ligt dit op ongeveer één op tien”
rect.hit x=10 y=252 rx=0 width=328.5 height=24 data-key=all-none aria-label=Algemeen, WhatsApp, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | WhatsApp | 2017 | meer dan 1 op 10 (> 10%) | meer dan (ondergrens) | bij gemeenten iets meer dan één op 10
row: Gemeenten | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: OCMW’s | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | OCMW’s maken weinig gebruik van WhatsApp
row: Politiezones | WhatsApp | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Politiezones | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Brandweerzones | WhatsApp | 2017 | ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) | ongeveer (woordbreuk) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Algemeen | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"whatsapp"} narrow nl */

snapshots["adoption-chart {\"platform\":\"whatsapp\"} narrow en"] = 
`title: WhatsApp among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on WhatsApp: municipalities: no figure (2016), more than 1 in 10 (> 10%) (2017); OCMWs: no figure (2017); police zones: no figure (2016), about 1 in 5 (≈ 20%) (2017); fire zones: about 1 in 10 (≈ 10%; at most 20 fire zones) (2017); overall: no figure (2017).
svg width=360 height=290 aria-label=Share of respondents on WhatsApp, by kind of organisation, 2016 and 2017 viewBox=0 0 360 290
g 
g.legend 
circle.dot.exact.y2016 cx=20 cy=10 r=5
text x=30 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=84 cy=10 r=5
text x=94 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=14 x2=14 y1=42 y2=282
text.tick x=14 y=36 text-anchor=middle "0%"
line.grid x1=131.5 x2=131.5 y1=42 y2=282
text.tick x=131.5 y=36 text-anchor=middle "50%"
line.grid x1=249.1 x2=249.1 y1=42 y2=282
text.tick x=249.1 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=54 dy=0.35em "Municipalities"
circle.dot.more-than.y2017 cx=37.5 cy=72 r=6
path.bound.y2017 d=M45.5,69L48.5,72L45.5,75
text.value x=47.5 y=72 text-anchor=start dy=0.35em "> 1 in 10"
g.row data-organisation=ocmw
text.name x=8 y=102 dy=0.35em "OCMWs"
text.note-text x=14 y=120 dy=0.35em "no figure: “OCMWs make little use of WhatsApp”"
g.row data-organisation=police
text.name x=8 y=150 dy=0.35em "Police zones"
circle.dot.about.y2017 cx=61 cy=168 r=6
text.value x=71 y=168 text-anchor=start dy=0.35em "≈ 1 in 5"
g.row data-organisation=fire
text.name x=8 y=198 dy=0.35em "Fire zones"
circle.dot.about.y2017 cx=37.5 cy=216 r=6
text.value x=47.5 y=216 text-anchor=start dy=0.35em "≈ 1 in 10 (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=246 dy=0.35em "Overall"
text.note-text x=14 y=264 dy=0.35em "no figure: “but Instagram and WhatsApp are used more and…"
g.hits 
rect.hit x=25.5 y=60 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Municipalities, WhatsApp, 2017: more than 1 in 10 (> 10%). In the article: “among municipalities a little more than one in 10”
rect.hit x=10 y=108 rx=0 width=272.6 height=24 data-key=ocmw-none aria-label=OCMWs, WhatsApp, 2017: no figure. In the article: “OCMWs make little use of WhatsApp”
rect.hit x=49 y=156 rx=12 width=24 height=24 data-key=police-2017 aria-label=Police zones, WhatsApp, 2017: about 1 in 5 (≈ 20%). In the article: “One in five police zones is present on WhatsApp”
rect.hit x=25.5 y=204 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Fire zones, WhatsApp, 2017: about 1 in 10 (≈ 10%; at most 20 fire zones). In the article: “among fire zones too it is about one in ten”
rect.hit x=10 y=252 rx=0 width=331.8 height=24 data-key=all-none aria-label=Overall, WhatsApp, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | WhatsApp | 2017 | more than 1 in 10 (> 10%) | more than (lower bound) | bij gemeenten iets meer dan één op 10
row: Municipalities | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: OCMWs | WhatsApp | 2017 | no figure | no figure in the article | OCMW’s maken weinig gebruik van WhatsApp
row: Police zones | WhatsApp | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Police zones | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Fire zones | WhatsApp | 2017 | about 1 in 10 (≈ 10%; at most 20 fire zones) | about (word fraction) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Overall | WhatsApp | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"whatsapp"} narrow en */

snapshots["adoption-chart {\"platform\":\"whatsapp\"} wide nl"] = 
`title: WhatsApp bij de respondenten, 2016–2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op WhatsApp actief zijn: gemeenten: geen cijfer (2016), meer dan 1 op 10 (> 10%) (2017); OCMW’s: geen cijfer (2017); politiezones: geen cijfer (2016), ongeveer 1 op 5 (≈ 20%) (2017); brandweerzones: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) (2017); algemeen: geen cijfer (2017).
svg width=900 height=230 aria-label=Aandeel van de respondenten op WhatsApp, per soort bestuur, 2016 en 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=122.6 cy=10 r=5
text x=132.6 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=186.6 cy=10 r=5
text x=196.6 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=116.6 x2=116.6 y1=42 y2=222
text.tick x=116.6 y=36 text-anchor=middle "0%"
line.grid x1=250.5 x2=250.5 y1=42 y2=222
text.tick x=250.5 y=36 text-anchor=middle "20%"
line.grid x1=384.5 x2=384.5 y1=42 y2=222
text.tick x=384.5 y=36 text-anchor=middle "40%"
line.grid x1=518.4 x2=518.4 y1=42 y2=222
text.tick x=518.4 y=36 text-anchor=middle "60%"
line.grid x1=652.3 x2=652.3 y1=42 y2=222
text.tick x=652.3 y=36 text-anchor=middle "80%"
line.grid x1=786.2 x2=786.2 y1=42 y2=222
text.tick x=786.2 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Gemeenten"
circle.dot.more-than.y2017 cx=183.6 cy=60 r=6
path.bound.y2017 d=M191.6,57L194.6,60L191.6,63
text.value x=193.6 y=60 text-anchor=start dy=0.35em "> 1 op 10"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMW’s"
text.note-text x=116.6 y=96 dy=0.35em "geen cijfer: “OCMW’s maken weinig gebruik van WhatsApp”"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Politiezones"
circle.dot.about.y2017 cx=250.5 cy=132 r=6
text.value x=260.5 y=132 text-anchor=start dy=0.35em "≈ 1 op 5"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Brandweerzones"
circle.dot.about.y2017 cx=183.6 cy=168 r=6
text.value x=193.6 y=168 text-anchor=start dy=0.35em "≈ 1 op 10 (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Algemeen"
text.note-text x=116.6 y=204 dy=0.35em "geen cijfer: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”"
g.hits 
rect.hit x=171.6 y=48 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Gemeenten, WhatsApp, 2017: meer dan 1 op 10 (> 10%). In het artikel: “bij gemeenten iets meer dan één op 10”
rect.hit x=112.6 y=84 rx=0 width=332.5 height=24 data-key=ocmw-none aria-label=OCMW’s, WhatsApp, 2017: geen cijfer. In het artikel: “OCMW’s maken weinig gebruik van WhatsApp”
rect.hit x=238.5 y=120 rx=12 width=24 height=24 data-key=police-2017 aria-label=Politiezones, WhatsApp, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “Eén op vijf politiezones is aanwezig op WhatsApp”
rect.hit x=171.6 y=156 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Brandweerzones, WhatsApp, 2017: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones). In het artikel: “ook bij de brandweerzones ligt dit op ongeveer één op tien”
rect.hit x=112.6 y=192 rx=0 width=422.7 height=24 data-key=all-none aria-label=Algemeen, WhatsApp, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | WhatsApp | 2017 | meer dan 1 op 10 (> 10%) | meer dan (ondergrens) | bij gemeenten iets meer dan één op 10
row: Gemeenten | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: OCMW’s | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | OCMW’s maken weinig gebruik van WhatsApp
row: Politiezones | WhatsApp | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Politiezones | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Brandweerzones | WhatsApp | 2017 | ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) | ongeveer (woordbreuk) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Algemeen | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"whatsapp"} wide nl */

snapshots["adoption-chart {\"platform\":\"whatsapp\"} wide en"] = 
`title: WhatsApp among respondents, 2016–2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on WhatsApp: municipalities: no figure (2016), more than 1 in 10 (> 10%) (2017); OCMWs: no figure (2017); police zones: no figure (2016), about 1 in 5 (≈ 20%) (2017); fire zones: about 1 in 10 (≈ 10%; at most 20 fire zones) (2017); overall: no figure (2017).
svg width=900 height=230 aria-label=Share of respondents on WhatsApp, by kind of organisation, 2016 and 2017 viewBox=0 0 900 230
g 
g.legend 
circle.dot.exact.y2016 cx=111.1 cy=10 r=5
text x=121.1 y=10 dy=0.35em "2016"
circle.dot.exact.y2017 cx=175.1 cy=10 r=5
text x=185.1 y=10 dy=0.35em "2017"
g.axis 
line.grid x1=105.1 x2=105.1 y1=42 y2=222
text.tick x=105.1 y=36 text-anchor=middle "0%"
line.grid x1=241.9 x2=241.9 y1=42 y2=222
text.tick x=241.9 y=36 text-anchor=middle "20%"
line.grid x1=378.7 x2=378.7 y1=42 y2=222
text.tick x=378.7 y=36 text-anchor=middle "40%"
line.grid x1=515.5 x2=515.5 y1=42 y2=222
text.tick x=515.5 y=36 text-anchor=middle "60%"
line.grid x1=652.3 x2=652.3 y1=42 y2=222
text.tick x=652.3 y=36 text-anchor=middle "80%"
line.grid x1=789.1 x2=789.1 y1=42 y2=222
text.tick x=789.1 y=36 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=60 dy=0.35em "Municipalities"
circle.dot.more-than.y2017 cx=173.5 cy=60 r=6
path.bound.y2017 d=M181.5,57L184.5,60L181.5,63
text.value x=183.5 y=60 text-anchor=start dy=0.35em "> 1 in 10"
g.row data-organisation=ocmw
text.name x=8 y=96 dy=0.35em "OCMWs"
text.note-text x=105.1 y=96 dy=0.35em "no figure: “OCMWs make little use of WhatsApp”"
g.row data-organisation=police
text.name x=8 y=132 dy=0.35em "Police zones"
circle.dot.about.y2017 cx=241.9 cy=132 r=6
text.value x=251.9 y=132 text-anchor=start dy=0.35em "≈ 1 in 5"
g.row data-organisation=fire
text.name x=8 y=168 dy=0.35em "Fire zones"
circle.dot.about.y2017 cx=173.5 cy=168 r=6
text.value x=183.5 y=168 text-anchor=start dy=0.35em "≈ 1 in 10 (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=204 dy=0.35em "Overall"
text.note-text x=105.1 y=204 dy=0.35em "no figure: “but Instagram and WhatsApp are used more and more too”"
g.hits 
rect.hit x=161.5 y=48 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Municipalities, WhatsApp, 2017: more than 1 in 10 (> 10%). In the article: “among municipalities a little more than one in 10”
rect.hit x=101.1 y=84 rx=0 width=272.6 height=24 data-key=ocmw-none aria-label=OCMWs, WhatsApp, 2017: no figure. In the article: “OCMWs make little use of WhatsApp”
rect.hit x=229.9 y=120 rx=12 width=24 height=24 data-key=police-2017 aria-label=Police zones, WhatsApp, 2017: about 1 in 5 (≈ 20%). In the article: “One in five police zones is present on WhatsApp”
rect.hit x=161.5 y=156 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Fire zones, WhatsApp, 2017: about 1 in 10 (≈ 10%; at most 20 fire zones). In the article: “among fire zones too it is about one in ten”
rect.hit x=101.1 y=192 rx=0 width=374.4 height=24 data-key=all-none aria-label=Overall, WhatsApp, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | WhatsApp | 2017 | more than 1 in 10 (> 10%) | more than (lower bound) | bij gemeenten iets meer dan één op 10
row: Municipalities | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: OCMWs | WhatsApp | 2017 | no figure | no figure in the article | OCMW’s maken weinig gebruik van WhatsApp
row: Police zones | WhatsApp | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Police zones | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Fire zones | WhatsApp | 2017 | about 1 in 10 (≈ 10%; at most 20 fire zones) | about (word fraction) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Overall | WhatsApp | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"whatsapp"} wide en */

snapshots["adoption-chart {\"platform\":\"instagram\",\"year\":\"2016\"} narrow nl"] = 
`title: Instagram bij de respondenten, 2016
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Instagram actief zijn: gemeenten: ongeveer 2 op 5 (≈ 40%) (2016); OCMW’s: verwaarloosbaar (2016); politiezones: ongeveer 1 op 10 (≈ 10%) (2016); brandweerzones: 40% (n = 5) (2016); niet in het artikel: algemeen.
svg width=360 height=268 aria-label=Aandeel van de respondenten op Instagram, per soort bestuur, 2016 viewBox=0 0 360 268
g 
g.legend 
g.axis 
line.grid x1=14 x2=14 y1=20 y2=260
text.tick x=14 y=14 text-anchor=middle "0%"
line.grid x1=145.2 x2=145.2 y1=20 y2=260
text.tick x=145.2 y=14 text-anchor=middle "50%"
line.grid x1=276.4 x2=276.4 y1=20 y2=260
text.tick x=276.4 y=14 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=32 dy=0.35em "Gemeenten"
circle.dot.about.y2016 cx=119 cy=50 r=6
text.value x=129 y=50 text-anchor=start dy=0.35em "≈ 2 op 5"
g.row data-organisation=ocmw
text.name x=8 y=80 dy=0.35em "OCMW’s"
circle.dot.negligible.y2016 cx=14 cy=98 r=4
text.value x=24 y=98 text-anchor=start dy=0.35em "≈ 0"
g.row data-organisation=police
text.name x=8 y=128 dy=0.35em "Politiezones"
circle.dot.about.y2016 cx=40.2 cy=146 r=6
text.value x=50.2 y=146 text-anchor=start dy=0.35em "≈ 1 op 10"
g.row data-organisation=fire
text.name x=8 y=176 dy=0.35em "Brandweerzones"
circle.dot.exact.y2016 cx=119 cy=194 r=6
text.value x=129 y=194 text-anchor=start dy=0.35em "40% (n = 5)"
g.row data-organisation=all
text.name x=8 y=224 dy=0.35em "Algemeen"
text.note-text x=14 y=242 dy=0.35em "niet in het artikel"
g.hits 
rect.hit x=107 y=38 rx=12 width=24 height=24 data-key=municipality-2016 aria-label=Gemeenten, Instagram, 2016: ongeveer 2 op 5 (≈ 40%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=2 y=86 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMW’s, Instagram, 2016: verwaarloosbaar. In het artikel: “Waar het aantal in 2016 verwaarloosbaar was”
rect.hit x=28.2 y=134 rx=12 width=24 height=24 data-key=police-2016 aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=107 y=182 rx=12 width=24 height=24 data-key=fire-2016 aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=10 y=230 rx=0 width=96.4 height=24 data-key=all-none aria-label=Algemeen, Instagram, 2016: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Instagram | 2016 | ongeveer 2 op 5 (≈ 40%) | ongeveer (woordbreuk) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMW’s | Instagram | 2016 | verwaarloosbaar | verwaarloosbaar | Waar het aantal in 2016 verwaarloosbaar was
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Algemeen | Instagram | 2016 | niet in het artikel | niet in het artikel | —`;
/* end snapshot adoption-chart {"platform":"instagram","year":"2016"} narrow nl */

snapshots["adoption-chart {\"platform\":\"instagram\",\"year\":\"2016\"} narrow en"] = 
`title: Instagram among respondents, 2016
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Instagram: municipalities: about 2 in 5 (≈ 40%) (2016); OCMWs: negligible (2016); police zones: about 1 in 10 (≈ 10%) (2016); fire zones: 40% (n = 5) (2016); not in the article: overall.
svg width=360 height=268 aria-label=Share of respondents on Instagram, by kind of organisation, 2016 viewBox=0 0 360 268
g 
g.legend 
g.axis 
line.grid x1=14 x2=14 y1=20 y2=260
text.tick x=14 y=14 text-anchor=middle "0%"
line.grid x1=145.2 x2=145.2 y1=20 y2=260
text.tick x=145.2 y=14 text-anchor=middle "50%"
line.grid x1=276.4 x2=276.4 y1=20 y2=260
text.tick x=276.4 y=14 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=32 dy=0.35em "Municipalities"
circle.dot.about.y2016 cx=119 cy=50 r=6
text.value x=129 y=50 text-anchor=start dy=0.35em "≈ 2 in 5"
g.row data-organisation=ocmw
text.name x=8 y=80 dy=0.35em "OCMWs"
circle.dot.negligible.y2016 cx=14 cy=98 r=4
text.value x=24 y=98 text-anchor=start dy=0.35em "≈ 0"
g.row data-organisation=police
text.name x=8 y=128 dy=0.35em "Police zones"
circle.dot.about.y2016 cx=40.2 cy=146 r=6
text.value x=50.2 y=146 text-anchor=start dy=0.35em "≈ 1 in 10"
g.row data-organisation=fire
text.name x=8 y=176 dy=0.35em "Fire zones"
circle.dot.exact.y2016 cx=119 cy=194 r=6
text.value x=129 y=194 text-anchor=start dy=0.35em "40% (n = 5)"
g.row data-organisation=all
text.name x=8 y=224 dy=0.35em "Overall"
text.note-text x=14 y=242 dy=0.35em "not in the article"
g.hits 
rect.hit x=107 y=38 rx=12 width=24 height=24 data-key=municipality-2016 aria-label=Municipalities, Instagram, 2016: about 2 in 5 (≈ 40%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=2 y=86 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMWs, Instagram, 2016: negligible. In the article: “Where the number was negligible in 2016”
rect.hit x=28.2 y=134 rx=12 width=24 height=24 data-key=police-2016 aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=107 y=182 rx=12 width=24 height=24 data-key=fire-2016 aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=10 y=230 rx=0 width=92.8 height=24 data-key=all-none aria-label=Overall, Instagram, 2016: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Instagram | 2016 | about 2 in 5 (≈ 40%) | about (word fraction) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMWs | Instagram | 2016 | negligible | negligible | Waar het aantal in 2016 verwaarloosbaar was
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Overall | Instagram | 2016 | not in the article | not in the article | —`;
/* end snapshot adoption-chart {"platform":"instagram","year":"2016"} narrow en */

snapshots["adoption-chart {\"platform\":\"instagram\",\"year\":\"2016\"} wide nl"] = 
`title: Instagram bij de respondenten, 2016
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Instagram actief zijn: gemeenten: ongeveer 2 op 5 (≈ 40%) (2016); OCMW’s: verwaarloosbaar (2016); politiezones: ongeveer 1 op 10 (≈ 10%) (2016); brandweerzones: 40% (n = 5) (2016); niet in het artikel: algemeen.
svg width=900 height=208 aria-label=Aandeel van de respondenten op Instagram, per soort bestuur, 2016 viewBox=0 0 900 208
g 
g.legend 
g.axis 
line.grid x1=116.6 x2=116.6 y1=20 y2=200
text.tick x=116.6 y=14 text-anchor=middle "0%"
line.grid x1=256.6 x2=256.6 y1=20 y2=200
text.tick x=256.6 y=14 text-anchor=middle "20%"
line.grid x1=396.5 x2=396.5 y1=20 y2=200
text.tick x=396.5 y=14 text-anchor=middle "40%"
line.grid x1=536.5 x2=536.5 y1=20 y2=200
text.tick x=536.5 y=14 text-anchor=middle "60%"
line.grid x1=676.5 x2=676.5 y1=20 y2=200
text.tick x=676.5 y=14 text-anchor=middle "80%"
line.grid x1=816.4 x2=816.4 y1=20 y2=200
text.tick x=816.4 y=14 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=38 dy=0.35em "Gemeenten"
circle.dot.about.y2016 cx=396.5 cy=38 r=6
text.value x=406.5 y=38 text-anchor=start dy=0.35em "≈ 2 op 5"
g.row data-organisation=ocmw
text.name x=8 y=74 dy=0.35em "OCMW’s"
circle.dot.negligible.y2016 cx=116.6 cy=74 r=4
text.value x=126.6 y=74 text-anchor=start dy=0.35em "≈ 0"
g.row data-organisation=police
text.name x=8 y=110 dy=0.35em "Politiezones"
circle.dot.about.y2016 cx=186.6 cy=110 r=6
text.value x=196.6 y=110 text-anchor=start dy=0.35em "≈ 1 op 10"
g.row data-organisation=fire
text.name x=8 y=146 dy=0.35em "Brandweerzones"
circle.dot.exact.y2016 cx=396.5 cy=146 r=6
text.value x=406.5 y=146 text-anchor=start dy=0.35em "40% (n = 5)"
g.row data-organisation=all
text.name x=8 y=182 dy=0.35em "Algemeen"
text.note-text x=116.6 y=182 dy=0.35em "niet in het artikel"
g.hits 
rect.hit x=384.5 y=26 rx=12 width=24 height=24 data-key=municipality-2016 aria-label=Gemeenten, Instagram, 2016: ongeveer 2 op 5 (≈ 40%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=104.6 y=62 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMW’s, Instagram, 2016: verwaarloosbaar. In het artikel: “Waar het aantal in 2016 verwaarloosbaar was”
rect.hit x=174.6 y=98 rx=12 width=24 height=24 data-key=police-2016 aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=384.5 y=134 rx=12 width=24 height=24 data-key=fire-2016 aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=112.6 y=170 rx=0 width=96.4 height=24 data-key=all-none aria-label=Algemeen, Instagram, 2016: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Instagram | 2016 | ongeveer 2 op 5 (≈ 40%) | ongeveer (woordbreuk) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMW’s | Instagram | 2016 | verwaarloosbaar | verwaarloosbaar | Waar het aantal in 2016 verwaarloosbaar was
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Algemeen | Instagram | 2016 | niet in het artikel | niet in het artikel | —`;
/* end snapshot adoption-chart {"platform":"instagram","year":"2016"} wide nl */

snapshots["adoption-chart {\"platform\":\"instagram\",\"year\":\"2016\"} wide en"] = 
`title: Instagram among respondents, 2016
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Instagram: municipalities: about 2 in 5 (≈ 40%) (2016); OCMWs: negligible (2016); police zones: about 1 in 10 (≈ 10%) (2016); fire zones: 40% (n = 5) (2016); not in the article: overall.
svg width=900 height=208 aria-label=Share of respondents on Instagram, by kind of organisation, 2016 viewBox=0 0 900 208
g 
g.legend 
g.axis 
line.grid x1=105.1 x2=105.1 y1=20 y2=200
text.tick x=105.1 y=14 text-anchor=middle "0%"
line.grid x1=247.4 x2=247.4 y1=20 y2=200
text.tick x=247.4 y=14 text-anchor=middle "20%"
line.grid x1=389.6 x2=389.6 y1=20 y2=200
text.tick x=389.6 y=14 text-anchor=middle "40%"
line.grid x1=531.9 x2=531.9 y1=20 y2=200
text.tick x=531.9 y=14 text-anchor=middle "60%"
line.grid x1=674.2 x2=674.2 y1=20 y2=200
text.tick x=674.2 y=14 text-anchor=middle "80%"
line.grid x1=816.4 x2=816.4 y1=20 y2=200
text.tick x=816.4 y=14 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=38 dy=0.35em "Municipalities"
circle.dot.about.y2016 cx=389.6 cy=38 r=6
text.value x=399.6 y=38 text-anchor=start dy=0.35em "≈ 2 in 5"
g.row data-organisation=ocmw
text.name x=8 y=74 dy=0.35em "OCMWs"
circle.dot.negligible.y2016 cx=105.1 cy=74 r=4
text.value x=115.1 y=74 text-anchor=start dy=0.35em "≈ 0"
g.row data-organisation=police
text.name x=8 y=110 dy=0.35em "Police zones"
circle.dot.about.y2016 cx=176.2 cy=110 r=6
text.value x=186.2 y=110 text-anchor=start dy=0.35em "≈ 1 in 10"
g.row data-organisation=fire
text.name x=8 y=146 dy=0.35em "Fire zones"
circle.dot.exact.y2016 cx=389.6 cy=146 r=6
text.value x=399.6 y=146 text-anchor=start dy=0.35em "40% (n = 5)"
g.row data-organisation=all
text.name x=8 y=182 dy=0.35em "Overall"
text.note-text x=105.1 y=182 dy=0.35em "not in the article"
g.hits 
rect.hit x=377.6 y=26 rx=12 width=24 height=24 data-key=municipality-2016 aria-label=Municipalities, Instagram, 2016: about 2 in 5 (≈ 40%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=93.1 y=62 rx=12 width=24 height=24 data-key=ocmw-2016 aria-label=OCMWs, Instagram, 2016: negligible. In the article: “Where the number was negligible in 2016”
rect.hit x=164.2 y=98 rx=12 width=24 height=24 data-key=police-2016 aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=377.6 y=134 rx=12 width=24 height=24 data-key=fire-2016 aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=101.1 y=170 rx=0 width=92.8 height=24 data-key=all-none aria-label=Overall, Instagram, 2016: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Instagram | 2016 | about 2 in 5 (≈ 40%) | about (word fraction) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMWs | Instagram | 2016 | negligible | negligible | Waar het aantal in 2016 verwaarloosbaar was
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Overall | Instagram | 2016 | not in the article | not in the article | —`;
/* end snapshot adoption-chart {"platform":"instagram","year":"2016"} wide en */

snapshots["adoption-chart {\"platform\":\"instagram\",\"year\":\"2017\"} narrow nl"] = 
`title: Instagram bij de respondenten, 2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Instagram actief zijn: gemeenten: bijna 2 op 3 (< 67%) (2017); OCMW’s: ongeveer 1 op 3 (≈ 33%) (2017); politiezones: ongeveer 1 op 5 (≈ 20%) (2017); brandweerzones: 57% (hoogstens 20 brandweerzones) (2017); algemeen: geen cijfer (2017).
svg width=360 height=268 aria-label=Aandeel van de respondenten op Instagram, per soort bestuur, 2017 viewBox=0 0 360 268
g 
g.legend 
g.axis 
line.grid x1=14 x2=14 y1=20 y2=260
text.tick x=14 y=14 text-anchor=middle "0%"
line.grid x1=142.1 x2=142.1 y1=20 y2=260
text.tick x=142.1 y=14 text-anchor=middle "50%"
line.grid x1=270.1 x2=270.1 y1=20 y2=260
text.tick x=270.1 y=14 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=32 dy=0.35em "Gemeenten"
circle.dot.less-than.y2017 cx=184.8 cy=50 r=6
path.bound.y2017 d=M176.8,53L173.8,50L176.8,47
text.value x=194.8 y=50 text-anchor=start dy=0.35em "< 2 op 3"
g.row data-organisation=ocmw
text.name x=8 y=80 dy=0.35em "OCMW’s"
circle.dot.about.y2017 cx=99.4 cy=98 r=6
text.value x=109.4 y=98 text-anchor=start dy=0.35em "≈ 1 op 3"
g.row data-organisation=police
text.name x=8 y=128 dy=0.35em "Politiezones"
circle.dot.about.y2017 cx=65.2 cy=146 r=6
text.value x=75.2 y=146 text-anchor=start dy=0.35em "≈ 1 op 5"
g.row data-organisation=fire
text.name x=8 y=176 dy=0.35em "Brandweerzones"
circle.dot.exact.y2017 cx=160 cy=194 r=6
text.value x=170 y=194 text-anchor=start dy=0.35em "57% (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=224 dy=0.35em "Algemeen"
text.note-text x=14 y=242 dy=0.35em "geen cijfer: “maar ook Instagram en WhatsApp worden me…"
g.hits 
rect.hit x=172.8 y=38 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Gemeenten, Instagram, 2017: bijna 2 op 3 (< 67%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=87.4 y=86 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “is nu één op drie OCMW’s actief op Instagram”
rect.hit x=53.2 y=134 rx=12 width=24 height=24 data-key=police-2017 aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=148 y=182 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
rect.hit x=10 y=230 rx=0 width=328.5 height=24 data-key=all-none aria-label=Algemeen, Instagram, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Instagram | 2017 | bijna 2 op 3 (< 67%) | bijna / minder dan (bovengrens) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMW’s | Instagram | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | is nu één op drie OCMW’s actief op Instagram
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Algemeen | Instagram | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"instagram","year":"2017"} narrow nl */

snapshots["adoption-chart {\"platform\":\"instagram\",\"year\":\"2017\"} narrow en"] = 
`title: Instagram among respondents, 2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Instagram: municipalities: almost 2 in 3 (< 67%) (2017); OCMWs: about 1 in 3 (≈ 33%) (2017); police zones: about 1 in 5 (≈ 20%) (2017); fire zones: 57% (at most 20 fire zones) (2017); overall: no figure (2017).
svg width=360 height=268 aria-label=Share of respondents on Instagram, by kind of organisation, 2017 viewBox=0 0 360 268
g 
g.legend 
g.axis 
line.grid x1=14 x2=14 y1=20 y2=260
text.tick x=14 y=14 text-anchor=middle "0%"
line.grid x1=142.1 x2=142.1 y1=20 y2=260
text.tick x=142.1 y=14 text-anchor=middle "50%"
line.grid x1=270.1 x2=270.1 y1=20 y2=260
text.tick x=270.1 y=14 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=32 dy=0.35em "Municipalities"
circle.dot.less-than.y2017 cx=184.8 cy=50 r=6
path.bound.y2017 d=M176.8,53L173.8,50L176.8,47
text.value x=194.8 y=50 text-anchor=start dy=0.35em "< 2 in 3"
g.row data-organisation=ocmw
text.name x=8 y=80 dy=0.35em "OCMWs"
circle.dot.about.y2017 cx=99.4 cy=98 r=6
text.value x=109.4 y=98 text-anchor=start dy=0.35em "≈ 1 in 3"
g.row data-organisation=police
text.name x=8 y=128 dy=0.35em "Police zones"
circle.dot.about.y2017 cx=65.2 cy=146 r=6
text.value x=75.2 y=146 text-anchor=start dy=0.35em "≈ 1 in 5"
g.row data-organisation=fire
text.name x=8 y=176 dy=0.35em "Fire zones"
circle.dot.exact.y2017 cx=160 cy=194 r=6
text.value x=170 y=194 text-anchor=start dy=0.35em "57% (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=224 dy=0.35em "Overall"
text.note-text x=14 y=242 dy=0.35em "no figure: “but Instagram and WhatsApp are used more and…"
g.hits 
rect.hit x=172.8 y=38 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Municipalities, Instagram, 2017: almost 2 in 3 (< 67%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=87.4 y=86 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMWs, Instagram, 2017: about 1 in 3 (≈ 33%). In the article: “one in three OCMWs is now active on Instagram”
rect.hit x=53.2 y=134 rx=12 width=24 height=24 data-key=police-2017 aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=148 y=182 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
rect.hit x=10 y=230 rx=0 width=331.8 height=24 data-key=all-none aria-label=Overall, Instagram, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Instagram | 2017 | almost 2 in 3 (< 67%) | almost / less than (upper bound) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMWs | Instagram | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | is nu één op drie OCMW’s actief op Instagram
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Overall | Instagram | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"instagram","year":"2017"} narrow en */

snapshots["adoption-chart {\"platform\":\"instagram\",\"year\":\"2017\"} wide nl"] = 
`title: Instagram bij de respondenten, 2017
summary: Hoeveel van de gemeenten, OCMW’s, politie- en brandweerzones die antwoordden op Instagram actief zijn: gemeenten: bijna 2 op 3 (< 67%) (2017); OCMW’s: ongeveer 1 op 3 (≈ 33%) (2017); politiezones: ongeveer 1 op 5 (≈ 20%) (2017); brandweerzones: 57% (hoogstens 20 brandweerzones) (2017); algemeen: geen cijfer (2017).
svg width=900 height=208 aria-label=Aandeel van de respondenten op Instagram, per soort bestuur, 2017 viewBox=0 0 900 208
g 
g.legend 
g.axis 
line.grid x1=116.6 x2=116.6 y1=20 y2=200
text.tick x=116.6 y=14 text-anchor=middle "0%"
line.grid x1=255.3 x2=255.3 y1=20 y2=200
text.tick x=255.3 y=14 text-anchor=middle "20%"
line.grid x1=394 x2=394 y1=20 y2=200
text.tick x=394 y=14 text-anchor=middle "40%"
line.grid x1=532.7 x2=532.7 y1=20 y2=200
text.tick x=532.7 y=14 text-anchor=middle "60%"
line.grid x1=671.4 x2=671.4 y1=20 y2=200
text.tick x=671.4 y=14 text-anchor=middle "80%"
line.grid x1=810.1 x2=810.1 y1=20 y2=200
text.tick x=810.1 y=14 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=38 dy=0.35em "Gemeenten"
circle.dot.less-than.y2017 cx=579 cy=38 r=6
path.bound.y2017 d=M571,41L568,38L571,35
text.value x=589 y=38 text-anchor=start dy=0.35em "< 2 op 3"
g.row data-organisation=ocmw
text.name x=8 y=74 dy=0.35em "OCMW’s"
circle.dot.about.y2017 cx=347.8 cy=74 r=6
text.value x=357.8 y=74 text-anchor=start dy=0.35em "≈ 1 op 3"
g.row data-organisation=police
text.name x=8 y=110 dy=0.35em "Politiezones"
circle.dot.about.y2017 cx=255.3 cy=110 r=6
text.value x=265.3 y=110 text-anchor=start dy=0.35em "≈ 1 op 5"
g.row data-organisation=fire
text.name x=8 y=146 dy=0.35em "Brandweerzones"
circle.dot.exact.y2017 cx=511.9 cy=146 r=6
text.value x=521.9 y=146 text-anchor=start dy=0.35em "57% (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=182 dy=0.35em "Algemeen"
text.note-text x=116.6 y=182 dy=0.35em "geen cijfer: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”"
g.hits 
rect.hit x=567 y=26 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Gemeenten, Instagram, 2017: bijna 2 op 3 (< 67%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=335.8 y=62 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “is nu één op drie OCMW’s actief op Instagram”
rect.hit x=243.3 y=98 rx=12 width=24 height=24 data-key=police-2017 aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=499.9 y=134 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
rect.hit x=112.6 y=170 rx=0 width=422.7 height=24 data-key=all-none aria-label=Algemeen, Instagram, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Instagram | 2017 | bijna 2 op 3 (< 67%) | bijna / minder dan (bovengrens) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMW’s | Instagram | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | is nu één op drie OCMW’s actief op Instagram
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Algemeen | Instagram | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"instagram","year":"2017"} wide nl */

snapshots["adoption-chart {\"platform\":\"instagram\",\"year\":\"2017\"} wide en"] = 
`title: Instagram among respondents, 2017
summary: How many of the municipalities, OCMWs, police and fire zones that answered are active on Instagram: municipalities: almost 2 in 3 (< 67%) (2017); OCMWs: about 1 in 3 (≈ 33%) (2017); police zones: about 1 in 5 (≈ 20%) (2017); fire zones: 57% (at most 20 fire zones) (2017); overall: no figure (2017).
svg width=900 height=208 aria-label=Share of respondents on Instagram, by kind of organisation, 2017 viewBox=0 0 900 208
g 
g.legend 
g.axis 
line.grid x1=105.1 x2=105.1 y1=20 y2=200
text.tick x=105.1 y=14 text-anchor=middle "0%"
line.grid x1=246.1 x2=246.1 y1=20 y2=200
text.tick x=246.1 y=14 text-anchor=middle "20%"
line.grid x1=387.1 x2=387.1 y1=20 y2=200
text.tick x=387.1 y=14 text-anchor=middle "40%"
line.grid x1=528.1 x2=528.1 y1=20 y2=200
text.tick x=528.1 y=14 text-anchor=middle "60%"
line.grid x1=669.1 x2=669.1 y1=20 y2=200
text.tick x=669.1 y=14 text-anchor=middle "80%"
line.grid x1=810.1 x2=810.1 y1=20 y2=200
text.tick x=810.1 y=14 text-anchor=middle "100%"
g.rows 
g.row data-organisation=municipality
text.name x=8 y=38 dy=0.35em "Municipalities"
circle.dot.less-than.y2017 cx=575.1 cy=38 r=6
path.bound.y2017 d=M567.1,41L564.1,38L567.1,35
text.value x=585.1 y=38 text-anchor=start dy=0.35em "< 2 in 3"
g.row data-organisation=ocmw
text.name x=8 y=74 dy=0.35em "OCMWs"
circle.dot.about.y2017 cx=340.1 cy=74 r=6
text.value x=350.1 y=74 text-anchor=start dy=0.35em "≈ 1 in 3"
g.row data-organisation=police
text.name x=8 y=110 dy=0.35em "Police zones"
circle.dot.about.y2017 cx=246.1 cy=110 r=6
text.value x=256.1 y=110 text-anchor=start dy=0.35em "≈ 1 in 5"
g.row data-organisation=fire
text.name x=8 y=146 dy=0.35em "Fire zones"
circle.dot.exact.y2017 cx=507 cy=146 r=6
text.value x=517 y=146 text-anchor=start dy=0.35em "57% (n ≤ 20)"
g.row data-organisation=all
text.name x=8 y=182 dy=0.35em "Overall"
text.note-text x=105.1 y=182 dy=0.35em "no figure: “but Instagram and WhatsApp are used more and more too”"
g.hits 
rect.hit x=563.1 y=26 rx=12 width=24 height=24 data-key=municipality-2017 aria-label=Municipalities, Instagram, 2017: almost 2 in 3 (< 67%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=328.1 y=62 rx=12 width=24 height=24 data-key=ocmw-2017 aria-label=OCMWs, Instagram, 2017: about 1 in 3 (≈ 33%). In the article: “one in three OCMWs is now active on Instagram”
rect.hit x=234.1 y=98 rx=12 width=24 height=24 data-key=police-2017 aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=495 y=134 rx=12 width=24 height=24 data-key=fire-2017 aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
rect.hit x=101.1 y=170 rx=0 width=374.4 height=24 data-key=all-none aria-label=Overall, Instagram, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Instagram | 2017 | almost 2 in 3 (< 67%) | almost / less than (upper bound) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: OCMWs | Instagram | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | is nu één op drie OCMW’s actief op Instagram
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Overall | Instagram | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot adoption-chart {"platform":"instagram","year":"2017"} wide en */

snapshots["platform-growth {\"organisation\":\"municipality\"} narrow nl"] = 
`title: Gemeenten op sociale media: aandeel van de respondenten, 2016–2017
summary: Gemeenten die antwoordden, per platform: Sociale media: geen cijfer (2016, 2017); Instagram van ongeveer 2 op 5 (≈ 40%) naar bijna 2 op 3 (< 67%); WhatsApp: geen cijfer (2016), meer dan 1 op 10 (> 10%) (2017); niet in het artikel: Facebook, Twitter.
svg width=360 height=360 aria-label=Gemeenten die antwoordden: aanwezigheid per platform, 2016 en 2017 viewBox=0 0 360 360
g 
g.years 
text.year.y2016 x=62.3 y=18 text-anchor=middle "2016"
text.year.y2017 x=283.4 y=18 text-anchor=middle "2017"
g 
line.grid x1=62.3 x2=283.4 y1=248 y2=248
text.tick x=172.8 y=248 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link.dashed x1=62.3 x2=283.4 y1=126.9 y2=46.1
circle.dot.about.y2016 cx=62.3 cy=126.9 r=6
circle.dot.less-than.y2017 cx=283.4 cy=46.1 r=6
path.bound.y2017 d=M280.4,54.1L283.4,57.1L286.4,54.1
text.value x=52.3 y=126.9 text-anchor=end dy=0.35em "≈ 2 op 5"
text.label x=293.4 y=38.1
tspan.name x=293.4 dy=0.35em "Instagram"
tspan.value x=293.4 dy=1.15em "< 2 op 3"
g.platform 
circle.dot.more-than.y2017 cx=283.4 cy=217.7 r=6
path.bound.y2017 d=M286.4,209.7L283.4,206.7L280.4,209.7
text.label x=293.4 y=209.7
tspan.name x=293.4 dy=0.35em "WhatsApp"
tspan.value x=293.4 dy=1.15em "> 1 op 10"
g.notes 
text.note-text x=8 y=292 dy=0.35em "Sociale media: geen cijfer — “Gemeenten, OCMW’s, politie- e…"
text.note-text x=8 y=316 dy=0.35em "Facebook: niet in het artikel"
text.note-text x=8 y=340 dy=0.35em "Twitter: niet in het artikel"
g.hits 
rect.hit x=50.3 y=114.9 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Gemeenten, Instagram, 2016: ongeveer 2 op 5 (≈ 40%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=271.4 y=34.1 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Gemeenten, Instagram, 2017: bijna 2 op 3 (< 67%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=271.4 y=205.7 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Gemeenten, WhatsApp, 2017: meer dan 1 op 10 (> 10%). In het artikel: “bij gemeenten iets meer dan één op 10”
rect.hit x=4 y=280 rx=0 width=350.9 height=24 data-key=social-media-note aria-label=Gemeenten, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=4 y=304 rx=0 width=153.8 height=24 data-key=facebook-note aria-label=Gemeenten, Facebook, 2017: niet in het artikel
rect.hit x=4 y=328 rx=0 width=140.7 height=24 data-key=twitter-note aria-label=Gemeenten, Twitter, 2017: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Instagram | 2016 | ongeveer 2 op 5 (≈ 40%) | ongeveer (woordbreuk) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | Instagram | 2017 | bijna 2 op 3 (< 67%) | bijna / minder dan (bovengrens) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | WhatsApp | 2017 | meer dan 1 op 10 (> 10%) | meer dan (ondergrens) | bij gemeenten iets meer dan één op 10
row: Gemeenten | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Gemeenten | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Gemeenten | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Twitter | 2017 | niet in het artikel | niet in het artikel | —`;
/* end snapshot platform-growth {"organisation":"municipality"} narrow nl */

snapshots["platform-growth {\"organisation\":\"municipality\"} narrow en"] = 
`title: Municipalities on social media: share of respondents, 2016–2017
summary: Municipalities that answered, by platform: Social media: no figure (2016, 2017); Instagram from about 2 in 5 (≈ 40%) to almost 2 in 3 (< 67%); WhatsApp: no figure (2016), more than 1 in 10 (> 10%) (2017); not in the article: Facebook, Twitter.
svg width=360 height=360 aria-label=Municipalities that answered: presence by platform, 2016 and 2017 viewBox=0 0 360 360
g 
g.years 
text.year.y2016 x=59.4 y=18 text-anchor=middle "2016"
text.year.y2017 x=283.4 y=18 text-anchor=middle "2017"
g 
line.grid x1=59.4 x2=283.4 y1=248 y2=248
text.tick x=171.4 y=248 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link.dashed x1=59.4 x2=283.4 y1=126.9 y2=46.1
circle.dot.about.y2016 cx=59.4 cy=126.9 r=6
circle.dot.less-than.y2017 cx=283.4 cy=46.1 r=6
path.bound.y2017 d=M280.4,54.1L283.4,57.1L286.4,54.1
text.value x=49.4 y=126.9 text-anchor=end dy=0.35em "≈ 2 in 5"
text.label x=293.4 y=38.1
tspan.name x=293.4 dy=0.35em "Instagram"
tspan.value x=293.4 dy=1.15em "< 2 in 3"
g.platform 
circle.dot.more-than.y2017 cx=283.4 cy=217.7 r=6
path.bound.y2017 d=M286.4,209.7L283.4,206.7L280.4,209.7
text.label x=293.4 y=209.7
tspan.name x=293.4 dy=0.35em "WhatsApp"
tspan.value x=293.4 dy=1.15em "> 1 in 10"
g.notes 
text.note-text x=8 y=292 dy=0.35em "Social media: no figure — “Municipalities, OCMWs, police an…"
text.note-text x=8 y=316 dy=0.35em "Facebook: not in the article"
text.note-text x=8 y=340 dy=0.35em "Twitter: not in the article"
g.hits 
rect.hit x=47.4 y=114.9 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Municipalities, Instagram, 2016: about 2 in 5 (≈ 40%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=271.4 y=34.1 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Municipalities, Instagram, 2017: almost 2 in 3 (< 67%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=271.4 y=205.7 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Municipalities, WhatsApp, 2017: more than 1 in 10 (> 10%). In the article: “among municipalities a little more than one in 10”
rect.hit x=4 y=280 rx=0 width=350.3 height=24 data-key=social-media-note aria-label=Municipalities, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=4 y=304 rx=0 width=150.2 height=24 data-key=facebook-note aria-label=Municipalities, Facebook, 2017: not in the article
rect.hit x=4 y=328 rx=0 width=137 height=24 data-key=twitter-note aria-label=Municipalities, Twitter, 2017: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Instagram | 2016 | about 2 in 5 (≈ 40%) | about (word fraction) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | Instagram | 2017 | almost 2 in 3 (< 67%) | almost / less than (upper bound) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | WhatsApp | 2017 | more than 1 in 10 (> 10%) | more than (lower bound) | bij gemeenten iets meer dan één op 10
row: Municipalities | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Municipalities | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Municipalities | Facebook | 2017 | not in the article | not in the article | —
row: Municipalities | Twitter | 2017 | not in the article | not in the article | —`;
/* end snapshot platform-growth {"organisation":"municipality"} narrow en */

snapshots["platform-growth {\"organisation\":\"municipality\"} wide nl"] = 
`title: Gemeenten op sociale media: aandeel van de respondenten, 2016–2017
summary: Gemeenten die antwoordden, per platform: Sociale media: geen cijfer (2016, 2017); Instagram van ongeveer 2 op 5 (≈ 40%) naar bijna 2 op 3 (< 67%); WhatsApp: geen cijfer (2016), meer dan 1 op 10 (> 10%) (2017); niet in het artikel: Facebook, Twitter.
svg width=900 height=372 aria-label=Gemeenten die antwoordden: aanwezigheid per platform, 2016 en 2017 viewBox=0 0 900 372
g 
g.years 
text.year.y2016 x=62.3 y=18 text-anchor=middle "2016"
text.year.y2017 x=772.2 y=18 text-anchor=middle "2017"
g 
line.grid x1=62.3 x2=772.2 y1=268 y2=268
text.tick x=417.2 y=268 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link.dashed x1=62.3 x2=772.2 y1=135.4 y2=47
circle.dot.about.y2016 cx=62.3 cy=135.4 r=6
circle.dot.less-than.y2017 cx=772.2 cy=47 r=6
path.bound.y2017 d=M769.2,55L772.2,58L775.2,55
text.value x=52.3 y=135.4 text-anchor=end dy=0.35em "≈ 2 op 5"
text.label x=782.2 y=47
tspan.name x=782.2 dy=0.35em "Instagram < 2 op 3"
g.platform 
circle.dot.more-than.y2017 cx=772.2 cy=234.9 r=6
path.bound.y2017 d=M775.2,226.9L772.2,223.9L769.2,226.9
text.label x=782.2 y=234.9
tspan.name x=782.2 dy=0.35em "WhatsApp > 1 op 10"
g.notes 
text.note-text x=8 y=304 dy=0.35em "Sociale media: geen cijfer — “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”"
text.note-text x=8 y=328 dy=0.35em "Facebook: niet in het artikel"
text.note-text x=8 y=352 dy=0.35em "Twitter: niet in het artikel"
g.hits 
rect.hit x=50.3 y=123.4 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Gemeenten, Instagram, 2016: ongeveer 2 op 5 (≈ 40%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=760.2 y=35 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Gemeenten, Instagram, 2017: bijna 2 op 3 (< 67%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=760.2 y=222.9 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Gemeenten, WhatsApp, 2017: meer dan 1 op 10 (> 10%). In het artikel: “bij gemeenten iets meer dan één op 10”
rect.hit x=4 y=292 rx=0 width=787.4 height=24 data-key=social-media-note aria-label=Gemeenten, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=4 y=316 rx=0 width=153.8 height=24 data-key=facebook-note aria-label=Gemeenten, Facebook, 2017: niet in het artikel
rect.hit x=4 y=340 rx=0 width=140.7 height=24 data-key=twitter-note aria-label=Gemeenten, Twitter, 2017: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Instagram | 2016 | ongeveer 2 op 5 (≈ 40%) | ongeveer (woordbreuk) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | Instagram | 2017 | bijna 2 op 3 (< 67%) | bijna / minder dan (bovengrens) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | WhatsApp | 2017 | meer dan 1 op 10 (> 10%) | meer dan (ondergrens) | bij gemeenten iets meer dan één op 10
row: Gemeenten | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Gemeenten | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Gemeenten | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Twitter | 2017 | niet in het artikel | niet in het artikel | —`;
/* end snapshot platform-growth {"organisation":"municipality"} wide nl */

snapshots["platform-growth {\"organisation\":\"municipality\"} wide en"] = 
`title: Municipalities on social media: share of respondents, 2016–2017
summary: Municipalities that answered, by platform: Social media: no figure (2016, 2017); Instagram from about 2 in 5 (≈ 40%) to almost 2 in 3 (< 67%); WhatsApp: no figure (2016), more than 1 in 10 (> 10%) (2017); not in the article: Facebook, Twitter.
svg width=900 height=372 aria-label=Municipalities that answered: presence by platform, 2016 and 2017 viewBox=0 0 900 372
g 
g.years 
text.year.y2016 x=59.4 y=18 text-anchor=middle "2016"
text.year.y2017 x=775.1 y=18 text-anchor=middle "2017"
g 
line.grid x1=59.4 x2=775.1 y1=268 y2=268
text.tick x=417.2 y=268 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link.dashed x1=59.4 x2=775.1 y1=135.4 y2=47
circle.dot.about.y2016 cx=59.4 cy=135.4 r=6
circle.dot.less-than.y2017 cx=775.1 cy=47 r=6
path.bound.y2017 d=M772.1,55L775.1,58L778.1,55
text.value x=49.4 y=135.4 text-anchor=end dy=0.35em "≈ 2 in 5"
text.label x=785.1 y=47
tspan.name x=785.1 dy=0.35em "Instagram < 2 in 3"
g.platform 
circle.dot.more-than.y2017 cx=775.1 cy=234.9 r=6
path.bound.y2017 d=M778.1,226.9L775.1,223.9L772.1,226.9
text.label x=785.1 y=234.9
tspan.name x=785.1 dy=0.35em "WhatsApp > 1 in 10"
g.notes 
text.note-text x=8 y=304 dy=0.35em "Social media: no figure — “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”"
text.note-text x=8 y=328 dy=0.35em "Facebook: not in the article"
text.note-text x=8 y=352 dy=0.35em "Twitter: not in the article"
g.hits 
rect.hit x=47.4 y=123.4 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Municipalities, Instagram, 2016: about 2 in 5 (≈ 40%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=763.1 y=35 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Municipalities, Instagram, 2017: almost 2 in 3 (< 67%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=763.1 y=222.9 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Municipalities, WhatsApp, 2017: more than 1 in 10 (> 10%). In the article: “among municipalities a little more than one in 10”
rect.hit x=4 y=292 rx=0 width=742.6 height=24 data-key=social-media-note aria-label=Municipalities, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=4 y=316 rx=0 width=150.2 height=24 data-key=facebook-note aria-label=Municipalities, Facebook, 2017: not in the article
rect.hit x=4 y=340 rx=0 width=137 height=24 data-key=twitter-note aria-label=Municipalities, Twitter, 2017: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Instagram | 2016 | about 2 in 5 (≈ 40%) | about (word fraction) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | Instagram | 2017 | almost 2 in 3 (< 67%) | almost / less than (upper bound) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | WhatsApp | 2017 | more than 1 in 10 (> 10%) | more than (lower bound) | bij gemeenten iets meer dan één op 10
row: Municipalities | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Municipalities | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Municipalities | Facebook | 2017 | not in the article | not in the article | —
row: Municipalities | Twitter | 2017 | not in the article | not in the article | —`;
/* end snapshot platform-growth {"organisation":"municipality"} wide en */

snapshots["platform-growth {\"organisation\":\"ocmw\"} narrow nl"] = 
`title: OCMW’s op sociale media: aandeel van de respondenten, 2016–2017
summary: OCMW’s die antwoordden, per platform: Sociale media van 45% naar 67%; Facebook: geen cijfer (2017); Twitter: ongeveer 1 op 3 (≈ 33%) (2017); Instagram van verwaarloosbaar naar ongeveer 1 op 3 (≈ 33%); WhatsApp: geen cijfer (2017).
svg width=360 height=336 aria-label=OCMW’s die antwoordden: aanwezigheid per platform, 2016 en 2017 viewBox=0 0 360 336
g 
g.years 
text.year.y2016 x=44.8 y=18 text-anchor=middle "2016"
text.year.y2017 x=265.7 y=18 text-anchor=middle "2017"
g 
line.grid x1=44.8 x2=265.7 y1=248 y2=248
text.tick x=155.3 y=248 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link x1=44.8 x2=265.7 y1=111.7 y2=45.1
circle.dot.exact.y2016 cx=44.8 cy=111.7 r=6
circle.dot.exact.y2017 cx=265.7 cy=45.1 r=6
text.value x=34.8 y=111.7 text-anchor=end dy=0.35em "45%"
text.label x=275.7 y=37.1
tspan.name x=275.7 dy=0.35em "Sociale media"
tspan.value x=275.7 dy=1.15em "67%"
g.platform 
circle.dot.about.y2017 cx=265.7 cy=147 r=6
text.label x=275.7 y=121
tspan.name x=275.7 dy=0.35em "Twitter"
tspan.value x=275.7 dy=1.15em "≈ 1 op 3"
g.platform 
line.link.dashed x1=44.8 x2=265.7 y1=248 y2=147
circle.dot.negligible.y2016 cx=44.8 cy=248 r=4
circle.dot.about.y2017 cx=265.7 cy=147 r=6
text.value x=34.8 y=248 text-anchor=end dy=0.35em "≈ 0"
text.label x=275.7 y=157
tspan.name x=275.7 dy=0.35em "Instagram"
tspan.value x=275.7 dy=1.15em "≈ 1 op 3"
g.notes 
text.note-text x=8 y=292 dy=0.35em "Facebook: geen cijfer — “Vooral Facebook is populair.”"
text.note-text x=8 y=316 dy=0.35em "WhatsApp: geen cijfer — “OCMW’s maken weinig gebruik va…"
g.hits 
rect.hit x=32.8 y=99.7 rx=12 width=24 height=24 data-key=social-media-2016 aria-label=OCMW’s, Sociale media, 2016: 45%
rect.hit x=253.7 y=33.1 rx=12 width=24 height=24 data-key=social-media-2017 aria-label=OCMW’s, Sociale media, 2017: 67%
rect.hit x=241.7 y=135 rx=12 width=24 height=24 data-key=twitter-2017 aria-label=OCMW’s, Twitter, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “Twitter blijft steken op één op drie.”
rect.hit x=32.8 y=236 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=OCMW’s, Instagram, 2016: verwaarloosbaar. In het artikel: “Waar het aantal in 2016 verwaarloosbaar was”
rect.hit x=265.7 y=135 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “is nu één op drie OCMW’s actief op Instagram”
rect.hit x=4 y=280 rx=0 width=300.9 height=24 data-key=facebook-note aria-label=OCMW’s, Facebook, 2017: geen cijfer. In het artikel: “Vooral Facebook is populair.”
rect.hit x=4 y=304 rx=0 width=349.5 height=24 data-key=whatsapp-note aria-label=OCMW’s, WhatsApp, 2017: geen cijfer. In het artikel: “OCMW’s maken weinig gebruik van WhatsApp”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: OCMW’s | Sociale media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Twitter | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | Twitter blijft steken op één op drie.
row: OCMW’s | Instagram | 2016 | verwaarloosbaar | verwaarloosbaar | Waar het aantal in 2016 verwaarloosbaar was
row: OCMW’s | Instagram | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | is nu één op drie OCMW’s actief op Instagram
row: OCMW’s | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | Vooral Facebook is populair.
row: OCMW’s | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | OCMW’s maken weinig gebruik van WhatsApp`;
/* end snapshot platform-growth {"organisation":"ocmw"} narrow nl */

snapshots["platform-growth {\"organisation\":\"ocmw\"} narrow en"] = 
`title: OCMWs on social media: share of respondents, 2016–2017
summary: OCMWs that answered, by platform: Social media from 45% to 67%; Facebook: no figure (2017); Twitter: about 1 in 3 (≈ 33%) (2017); Instagram from negligible to about 1 in 3 (≈ 33%); WhatsApp: no figure (2017).
svg width=360 height=336 aria-label=OCMWs that answered: presence by platform, 2016 and 2017 viewBox=0 0 360 336
g 
g.years 
text.year.y2016 x=44.8 y=18 text-anchor=middle "2016"
text.year.y2017 x=271.5 y=18 text-anchor=middle "2017"
g 
line.grid x1=44.8 x2=271.5 y1=248 y2=248
text.tick x=158.2 y=248 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link x1=44.8 x2=271.5 y1=111.7 y2=45.1
circle.dot.exact.y2016 cx=44.8 cy=111.7 r=6
circle.dot.exact.y2017 cx=271.5 cy=45.1 r=6
text.value x=34.8 y=111.7 text-anchor=end dy=0.35em "45%"
text.label x=281.5 y=37.1
tspan.name x=281.5 dy=0.35em "Social media"
tspan.value x=281.5 dy=1.15em "67%"
g.platform 
circle.dot.about.y2017 cx=271.5 cy=147 r=6
text.label x=281.5 y=121
tspan.name x=281.5 dy=0.35em "Twitter"
tspan.value x=281.5 dy=1.15em "≈ 1 in 3"
g.platform 
line.link.dashed x1=44.8 x2=271.5 y1=248 y2=147
circle.dot.negligible.y2016 cx=44.8 cy=248 r=4
circle.dot.about.y2017 cx=271.5 cy=147 r=6
text.value x=34.8 y=248 text-anchor=end dy=0.35em "≈ 0"
text.label x=281.5 y=157
tspan.name x=281.5 dy=0.35em "Instagram"
tspan.value x=281.5 dy=1.15em "≈ 1 in 3"
g.notes 
text.note-text x=8 y=292 dy=0.35em "Facebook: no figure — “Facebook above all is popular.”"
text.note-text x=8 y=316 dy=0.35em "WhatsApp: no figure — “OCMWs make little use of WhatsApp”"
g.hits 
rect.hit x=32.8 y=99.7 rx=12 width=24 height=24 data-key=social-media-2016 aria-label=OCMWs, Social media, 2016: 45%
rect.hit x=259.5 y=33.1 rx=12 width=24 height=24 data-key=social-media-2017 aria-label=OCMWs, Social media, 2017: 67%
rect.hit x=247.5 y=135 rx=12 width=24 height=24 data-key=twitter-2017 aria-label=OCMWs, Twitter, 2017: about 1 in 3 (≈ 33%). In the article: “Twitter remains stuck at one in three.”
rect.hit x=32.8 y=236 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=OCMWs, Instagram, 2016: negligible. In the article: “Where the number was negligible in 2016”
rect.hit x=271.5 y=135 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=OCMWs, Instagram, 2017: about 1 in 3 (≈ 33%). In the article: “one in three OCMWs is now active on Instagram”
rect.hit x=4 y=280 rx=0 width=302.2 height=24 data-key=facebook-note aria-label=OCMWs, Facebook, 2017: no figure. In the article: “Facebook above all is popular.”
rect.hit x=4 y=304 rx=0 width=347.7 height=24 data-key=whatsapp-note aria-label=OCMWs, WhatsApp, 2017: no figure. In the article: “OCMWs make little use of WhatsApp”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: OCMWs | Social media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Twitter | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | Twitter blijft steken op één op drie.
row: OCMWs | Instagram | 2016 | negligible | negligible | Waar het aantal in 2016 verwaarloosbaar was
row: OCMWs | Instagram | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | is nu één op drie OCMW’s actief op Instagram
row: OCMWs | Facebook | 2017 | no figure | no figure in the article | Vooral Facebook is populair.
row: OCMWs | WhatsApp | 2017 | no figure | no figure in the article | OCMW’s maken weinig gebruik van WhatsApp`;
/* end snapshot platform-growth {"organisation":"ocmw"} narrow en */

snapshots["platform-growth {\"organisation\":\"ocmw\"} wide nl"] = 
`title: OCMW’s op sociale media: aandeel van de respondenten, 2016–2017
summary: OCMW’s die antwoordden, per platform: Sociale media van 45% naar 67%; Facebook: geen cijfer (2017); Twitter: ongeveer 1 op 3 (≈ 33%) (2017); Instagram van verwaarloosbaar naar ongeveer 1 op 3 (≈ 33%); WhatsApp: geen cijfer (2017).
svg width=900 height=348 aria-label=OCMW’s die antwoordden: aanwezigheid per platform, 2016 en 2017 viewBox=0 0 900 348
g 
g.years 
text.year.y2016 x=44.8 y=18 text-anchor=middle "2016"
text.year.y2017 x=778.6 y=18 text-anchor=middle "2017"
g 
line.grid x1=44.8 x2=778.6 y1=268 y2=268
text.tick x=411.7 y=268 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link x1=44.8 x2=778.6 y1=118.9 y2=45.9
circle.dot.exact.y2016 cx=44.8 cy=118.9 r=6
circle.dot.exact.y2017 cx=778.6 cy=45.9 r=6
text.value x=34.8 y=118.9 text-anchor=end dy=0.35em "45%"
text.label x=788.6 y=45.9
tspan.name x=788.6 dy=0.35em "Sociale media 67%"
g.platform 
circle.dot.about.y2017 cx=778.6 cy=157.5 r=6
text.label x=788.6 y=148
tspan.name x=788.6 dy=0.35em "Twitter ≈ 1 op 3"
g.platform 
line.link.dashed x1=44.8 x2=778.6 y1=268 y2=157.5
circle.dot.negligible.y2016 cx=44.8 cy=268 r=4
circle.dot.about.y2017 cx=778.6 cy=157.5 r=6
text.value x=34.8 y=268 text-anchor=end dy=0.35em "≈ 0"
text.label x=788.6 y=167
tspan.name x=788.6 dy=0.35em "Instagram ≈ 1 op 3"
g.notes 
text.note-text x=8 y=304 dy=0.35em "Facebook: geen cijfer — “Vooral Facebook is populair.”"
text.note-text x=8 y=328 dy=0.35em "WhatsApp: geen cijfer — “OCMW’s maken weinig gebruik van WhatsApp”"
g.hits 
rect.hit x=32.8 y=106.9 rx=12 width=24 height=24 data-key=social-media-2016 aria-label=OCMW’s, Sociale media, 2016: 45%
rect.hit x=766.6 y=33.9 rx=12 width=24 height=24 data-key=social-media-2017 aria-label=OCMW’s, Sociale media, 2017: 67%
rect.hit x=754.6 y=145.5 rx=12 width=24 height=24 data-key=twitter-2017 aria-label=OCMW’s, Twitter, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “Twitter blijft steken op één op drie.”
rect.hit x=32.8 y=256 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=OCMW’s, Instagram, 2016: verwaarloosbaar. In het artikel: “Waar het aantal in 2016 verwaarloosbaar was”
rect.hit x=778.6 y=145.5 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “is nu één op drie OCMW’s actief op Instagram”
rect.hit x=4 y=292 rx=0 width=300.9 height=24 data-key=facebook-note aria-label=OCMW’s, Facebook, 2017: geen cijfer. In het artikel: “Vooral Facebook is populair.”
rect.hit x=4 y=316 rx=0 width=407.6 height=24 data-key=whatsapp-note aria-label=OCMW’s, WhatsApp, 2017: geen cijfer. In het artikel: “OCMW’s maken weinig gebruik van WhatsApp”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: OCMW’s | Sociale media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Twitter | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | Twitter blijft steken op één op drie.
row: OCMW’s | Instagram | 2016 | verwaarloosbaar | verwaarloosbaar | Waar het aantal in 2016 verwaarloosbaar was
row: OCMW’s | Instagram | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | is nu één op drie OCMW’s actief op Instagram
row: OCMW’s | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | Vooral Facebook is populair.
row: OCMW’s | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | OCMW’s maken weinig gebruik van WhatsApp`;
/* end snapshot platform-growth {"organisation":"ocmw"} wide nl */

snapshots["platform-growth {\"organisation\":\"ocmw\"} wide en"] = 
`title: OCMWs on social media: share of respondents, 2016–2017
summary: OCMWs that answered, by platform: Social media from 45% to 67%; Facebook: no figure (2017); Twitter: about 1 in 3 (≈ 33%) (2017); Instagram from negligible to about 1 in 3 (≈ 33%); WhatsApp: no figure (2017).
svg width=900 height=348 aria-label=OCMWs that answered: presence by platform, 2016 and 2017 viewBox=0 0 900 348
g 
g.years 
text.year.y2016 x=44.8 y=18 text-anchor=middle "2016"
text.year.y2017 x=784.4 y=18 text-anchor=middle "2017"
g 
line.grid x1=44.8 x2=784.4 y1=268 y2=268
text.tick x=414.6 y=268 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link x1=44.8 x2=784.4 y1=118.9 y2=45.9
circle.dot.exact.y2016 cx=44.8 cy=118.9 r=6
circle.dot.exact.y2017 cx=784.4 cy=45.9 r=6
text.value x=34.8 y=118.9 text-anchor=end dy=0.35em "45%"
text.label x=794.4 y=45.9
tspan.name x=794.4 dy=0.35em "Social media 67%"
g.platform 
circle.dot.about.y2017 cx=784.4 cy=157.5 r=6
text.label x=794.4 y=148
tspan.name x=794.4 dy=0.35em "Twitter ≈ 1 in 3"
g.platform 
line.link.dashed x1=44.8 x2=784.4 y1=268 y2=157.5
circle.dot.negligible.y2016 cx=44.8 cy=268 r=4
circle.dot.about.y2017 cx=784.4 cy=157.5 r=6
text.value x=34.8 y=268 text-anchor=end dy=0.35em "≈ 0"
text.label x=794.4 y=167
tspan.name x=794.4 dy=0.35em "Instagram ≈ 1 in 3"
g.notes 
text.note-text x=8 y=304 dy=0.35em "Facebook: no figure — “Facebook above all is popular.”"
text.note-text x=8 y=328 dy=0.35em "WhatsApp: no figure — “OCMWs make little use of WhatsApp”"
g.hits 
rect.hit x=32.8 y=106.9 rx=12 width=24 height=24 data-key=social-media-2016 aria-label=OCMWs, Social media, 2016: 45%
rect.hit x=772.4 y=33.9 rx=12 width=24 height=24 data-key=social-media-2017 aria-label=OCMWs, Social media, 2017: 67%
rect.hit x=760.4 y=145.5 rx=12 width=24 height=24 data-key=twitter-2017 aria-label=OCMWs, Twitter, 2017: about 1 in 3 (≈ 33%). In the article: “Twitter remains stuck at one in three.”
rect.hit x=32.8 y=256 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=OCMWs, Instagram, 2016: negligible. In the article: “Where the number was negligible in 2016”
rect.hit x=784.4 y=145.5 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=OCMWs, Instagram, 2017: about 1 in 3 (≈ 33%). In the article: “one in three OCMWs is now active on Instagram”
rect.hit x=4 y=292 rx=0 width=302.2 height=24 data-key=facebook-note aria-label=OCMWs, Facebook, 2017: no figure. In the article: “Facebook above all is popular.”
rect.hit x=4 y=316 rx=0 width=347.7 height=24 data-key=whatsapp-note aria-label=OCMWs, WhatsApp, 2017: no figure. In the article: “OCMWs make little use of WhatsApp”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: OCMWs | Social media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Twitter | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | Twitter blijft steken op één op drie.
row: OCMWs | Instagram | 2016 | negligible | negligible | Waar het aantal in 2016 verwaarloosbaar was
row: OCMWs | Instagram | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | is nu één op drie OCMW’s actief op Instagram
row: OCMWs | Facebook | 2017 | no figure | no figure in the article | Vooral Facebook is populair.
row: OCMWs | WhatsApp | 2017 | no figure | no figure in the article | OCMW’s maken weinig gebruik van WhatsApp`;
/* end snapshot platform-growth {"organisation":"ocmw"} wide en */

snapshots["platform-growth {\"organisation\":\"police\"} narrow nl"] = 
`title: Politiezones op sociale media: aandeel van de respondenten, 2016–2017
summary: Politiezones die antwoordden, per platform: Sociale media: geen cijfer (2016, 2017); Instagram van ongeveer 1 op 10 (≈ 10%) naar ongeveer 1 op 5 (≈ 20%); WhatsApp: geen cijfer (2016), ongeveer 1 op 5 (≈ 20%) (2017); niet in het artikel: Facebook, Twitter.
svg width=360 height=360 aria-label=Politiezones die antwoordden: aanwezigheid per platform, 2016 en 2017 viewBox=0 0 360 360
g 
g.years 
text.year.y2016 x=68.8 y=18 text-anchor=middle "2016"
text.year.y2017 x=283.4 y=18 text-anchor=middle "2017"
g 
line.grid x1=68.8 x2=283.4 y1=248 y2=248
text.tick x=176.1 y=248 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link.dashed x1=68.8 x2=283.4 y1=205.6 y2=163.2
circle.dot.about.y2016 cx=68.8 cy=205.6 r=6
circle.dot.about.y2017 cx=283.4 cy=163.2 r=6
text.value x=58.8 y=205.6 text-anchor=end dy=0.35em "≈ 1 op 10"
text.label x=293.4 y=137.2
tspan.name x=293.4 dy=0.35em "Instagram"
tspan.value x=293.4 dy=1.15em "≈ 1 op 5"
g.platform 
circle.dot.about.y2017 cx=283.4 cy=163.2 r=6
text.label x=293.4 y=173.2
tspan.name x=293.4 dy=0.35em "WhatsApp"
tspan.value x=293.4 dy=1.15em "≈ 1 op 5"
g.notes 
text.note-text x=8 y=292 dy=0.35em "Sociale media: geen cijfer — “Gemeenten, OCMW’s, politie- e…"
text.note-text x=8 y=316 dy=0.35em "Facebook: niet in het artikel"
text.note-text x=8 y=340 dy=0.35em "Twitter: niet in het artikel"
g.hits 
rect.hit x=56.8 y=193.6 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=259.4 y=151.2 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=283.4 y=151.2 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Politiezones, WhatsApp, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “Eén op vijf politiezones is aanwezig op WhatsApp”
rect.hit x=4 y=280 rx=0 width=350.9 height=24 data-key=social-media-note aria-label=Politiezones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=4 y=304 rx=0 width=153.8 height=24 data-key=facebook-note aria-label=Politiezones, Facebook, 2017: niet in het artikel
rect.hit x=4 y=328 rx=0 width=140.7 height=24 data-key=twitter-note aria-label=Politiezones, Twitter, 2017: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | WhatsApp | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Politiezones | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Politiezones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Politiezones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Politiezones | Twitter | 2017 | niet in het artikel | niet in het artikel | —`;
/* end snapshot platform-growth {"organisation":"police"} narrow nl */

snapshots["platform-growth {\"organisation\":\"police\"} narrow en"] = 
`title: Police zones on social media: share of respondents, 2016–2017
summary: Police zones that answered, by platform: Social media: no figure (2016, 2017); Instagram from about 1 in 10 (≈ 10%) to about 1 in 5 (≈ 20%); WhatsApp: no figure (2016), about 1 in 5 (≈ 20%) (2017); not in the article: Facebook, Twitter.
svg width=360 height=360 aria-label=Police zones that answered: presence by platform, 2016 and 2017 viewBox=0 0 360 360
g 
g.years 
text.year.y2016 x=65.9 y=18 text-anchor=middle "2016"
text.year.y2017 x=283.4 y=18 text-anchor=middle "2017"
g 
line.grid x1=65.9 x2=283.4 y1=248 y2=248
text.tick x=174.6 y=248 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link.dashed x1=65.9 x2=283.4 y1=205.6 y2=163.2
circle.dot.about.y2016 cx=65.9 cy=205.6 r=6
circle.dot.about.y2017 cx=283.4 cy=163.2 r=6
text.value x=55.9 y=205.6 text-anchor=end dy=0.35em "≈ 1 in 10"
text.label x=293.4 y=137.2
tspan.name x=293.4 dy=0.35em "Instagram"
tspan.value x=293.4 dy=1.15em "≈ 1 in 5"
g.platform 
circle.dot.about.y2017 cx=283.4 cy=163.2 r=6
text.label x=293.4 y=173.2
tspan.name x=293.4 dy=0.35em "WhatsApp"
tspan.value x=293.4 dy=1.15em "≈ 1 in 5"
g.notes 
text.note-text x=8 y=292 dy=0.35em "Social media: no figure — “Municipalities, OCMWs, police an…"
text.note-text x=8 y=316 dy=0.35em "Facebook: not in the article"
text.note-text x=8 y=340 dy=0.35em "Twitter: not in the article"
g.hits 
rect.hit x=53.9 y=193.6 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=259.4 y=151.2 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=283.4 y=151.2 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Police zones, WhatsApp, 2017: about 1 in 5 (≈ 20%). In the article: “One in five police zones is present on WhatsApp”
rect.hit x=4 y=280 rx=0 width=350.3 height=24 data-key=social-media-note aria-label=Police zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=4 y=304 rx=0 width=150.2 height=24 data-key=facebook-note aria-label=Police zones, Facebook, 2017: not in the article
rect.hit x=4 y=328 rx=0 width=137 height=24 data-key=twitter-note aria-label=Police zones, Twitter, 2017: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | WhatsApp | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Police zones | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Police zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Police zones | Facebook | 2017 | not in the article | not in the article | —
row: Police zones | Twitter | 2017 | not in the article | not in the article | —`;
/* end snapshot platform-growth {"organisation":"police"} narrow en */

snapshots["platform-growth {\"organisation\":\"police\"} wide nl"] = 
`title: Politiezones op sociale media: aandeel van de respondenten, 2016–2017
summary: Politiezones die antwoordden, per platform: Sociale media: geen cijfer (2016, 2017); Instagram van ongeveer 1 op 10 (≈ 10%) naar ongeveer 1 op 5 (≈ 20%); WhatsApp: geen cijfer (2016), ongeveer 1 op 5 (≈ 20%) (2017); niet in het artikel: Facebook, Twitter.
svg width=900 height=372 aria-label=Politiezones die antwoordden: aanwezigheid per platform, 2016 en 2017 viewBox=0 0 900 372
g 
g.years 
text.year.y2016 x=68.8 y=18 text-anchor=middle "2016"
text.year.y2017 x=778.9 y=18 text-anchor=middle "2017"
g 
line.grid x1=68.8 x2=778.9 y1=268 y2=268
text.tick x=423.8 y=268 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link.dashed x1=68.8 x2=778.9 y1=221.6 y2=175.2
circle.dot.about.y2016 cx=68.8 cy=221.6 r=6
circle.dot.about.y2017 cx=778.9 cy=175.2 r=6
text.value x=58.8 y=221.6 text-anchor=end dy=0.35em "≈ 1 op 10"
text.label x=788.9 y=165.7
tspan.name x=788.9 dy=0.35em "Instagram ≈ 1 op 5"
g.platform 
circle.dot.about.y2017 cx=778.9 cy=175.2 r=6
text.label x=788.9 y=184.7
tspan.name x=788.9 dy=0.35em "WhatsApp ≈ 1 op 5"
g.notes 
text.note-text x=8 y=304 dy=0.35em "Sociale media: geen cijfer — “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”"
text.note-text x=8 y=328 dy=0.35em "Facebook: niet in het artikel"
text.note-text x=8 y=352 dy=0.35em "Twitter: niet in het artikel"
g.hits 
rect.hit x=56.8 y=209.6 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=754.9 y=163.2 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=778.9 y=163.2 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Politiezones, WhatsApp, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “Eén op vijf politiezones is aanwezig op WhatsApp”
rect.hit x=4 y=292 rx=0 width=787.4 height=24 data-key=social-media-note aria-label=Politiezones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=4 y=316 rx=0 width=153.8 height=24 data-key=facebook-note aria-label=Politiezones, Facebook, 2017: niet in het artikel
rect.hit x=4 y=340 rx=0 width=140.7 height=24 data-key=twitter-note aria-label=Politiezones, Twitter, 2017: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | WhatsApp | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Politiezones | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Politiezones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Politiezones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Politiezones | Twitter | 2017 | niet in het artikel | niet in het artikel | —`;
/* end snapshot platform-growth {"organisation":"police"} wide nl */

snapshots["platform-growth {\"organisation\":\"police\"} wide en"] = 
`title: Police zones on social media: share of respondents, 2016–2017
summary: Police zones that answered, by platform: Social media: no figure (2016, 2017); Instagram from about 1 in 10 (≈ 10%) to about 1 in 5 (≈ 20%); WhatsApp: no figure (2016), about 1 in 5 (≈ 20%) (2017); not in the article: Facebook, Twitter.
svg width=900 height=372 aria-label=Police zones that answered: presence by platform, 2016 and 2017 viewBox=0 0 900 372
g 
g.years 
text.year.y2016 x=65.9 y=18 text-anchor=middle "2016"
text.year.y2017 x=781.8 y=18 text-anchor=middle "2017"
g 
line.grid x1=65.9 x2=781.8 y1=268 y2=268
text.tick x=423.8 y=268 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link.dashed x1=65.9 x2=781.8 y1=221.6 y2=175.2
circle.dot.about.y2016 cx=65.9 cy=221.6 r=6
circle.dot.about.y2017 cx=781.8 cy=175.2 r=6
text.value x=55.9 y=221.6 text-anchor=end dy=0.35em "≈ 1 in 10"
text.label x=791.8 y=165.7
tspan.name x=791.8 dy=0.35em "Instagram ≈ 1 in 5"
g.platform 
circle.dot.about.y2017 cx=781.8 cy=175.2 r=6
text.label x=791.8 y=184.7
tspan.name x=791.8 dy=0.35em "WhatsApp ≈ 1 in 5"
g.notes 
text.note-text x=8 y=304 dy=0.35em "Social media: no figure — “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”"
text.note-text x=8 y=328 dy=0.35em "Facebook: not in the article"
text.note-text x=8 y=352 dy=0.35em "Twitter: not in the article"
g.hits 
rect.hit x=53.9 y=209.6 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=757.8 y=163.2 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=781.8 y=163.2 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Police zones, WhatsApp, 2017: about 1 in 5 (≈ 20%). In the article: “One in five police zones is present on WhatsApp”
rect.hit x=4 y=292 rx=0 width=742.6 height=24 data-key=social-media-note aria-label=Police zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=4 y=316 rx=0 width=150.2 height=24 data-key=facebook-note aria-label=Police zones, Facebook, 2017: not in the article
rect.hit x=4 y=340 rx=0 width=137 height=24 data-key=twitter-note aria-label=Police zones, Twitter, 2017: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | WhatsApp | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Police zones | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Police zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Police zones | Facebook | 2017 | not in the article | not in the article | —
row: Police zones | Twitter | 2017 | not in the article | not in the article | —`;
/* end snapshot platform-growth {"organisation":"police"} wide en */

snapshots["platform-growth {\"organisation\":\"fire\"} narrow nl"] = 
`title: Brandweerzones op sociale media: aandeel van de respondenten, 2016–2017
summary: Brandweerzones die antwoordden, per platform: Sociale media: geen cijfer (2016, 2017); Instagram van 40% (n = 5) naar 57% (hoogstens 20 brandweerzones); WhatsApp: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) (2017); niet in het artikel: Facebook, Twitter.
svg width=360 height=360 aria-label=Brandweerzones die antwoordden: aanwezigheid per platform, 2016 en 2017 viewBox=0 0 360 360
g 
g.years 
text.year.y2016 x=83.6 y=18 text-anchor=middle "2016"
text.year.y2017 x=246.2 y=18 text-anchor=middle "2017"
g 
line.grid x1=83.6 x2=246.2 y1=248 y2=248
text.tick x=164.9 y=248 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link x1=83.6 x2=246.2 y1=106.7 y2=46.6
circle.dot.exact.y2016 cx=83.6 cy=106.7 r=6
circle.dot.exact.y2017 cx=246.2 cy=46.6 r=6
text.value x=73.6 y=106.7 text-anchor=end dy=0.35em "40% (n = 5)"
text.label x=256.2 y=38.6
tspan.name x=256.2 dy=0.35em "Instagram"
tspan.value x=256.2 dy=1.15em "57% (n ≤ 20)"
g.platform 
circle.dot.about.y2017 cx=246.2 cy=212.7 r=6
text.label x=256.2 y=204.7
tspan.name x=256.2 dy=0.35em "WhatsApp"
tspan.value x=256.2 dy=1.15em "≈ 1 op 10 (n ≤ 20)"
g.notes 
text.note-text x=8 y=292 dy=0.35em "Sociale media: geen cijfer — “Gemeenten, OCMW’s, politie- e…"
text.note-text x=8 y=316 dy=0.35em "Facebook: niet in het artikel"
text.note-text x=8 y=340 dy=0.35em "Twitter: niet in het artikel"
g.hits 
rect.hit x=71.6 y=94.7 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=234.2 y=34.6 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
rect.hit x=234.2 y=200.7 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Brandweerzones, WhatsApp, 2017: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones). In het artikel: “ook bij de brandweerzones ligt dit op ongeveer één op tien”
rect.hit x=4 y=280 rx=0 width=350.9 height=24 data-key=social-media-note aria-label=Brandweerzones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=4 y=304 rx=0 width=153.8 height=24 data-key=facebook-note aria-label=Brandweerzones, Facebook, 2017: niet in het artikel
rect.hit x=4 y=328 rx=0 width=140.7 height=24 data-key=twitter-note aria-label=Brandweerzones, Twitter, 2017: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | WhatsApp | 2017 | ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) | ongeveer (woordbreuk) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Brandweerzones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Brandweerzones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Twitter | 2017 | niet in het artikel | niet in het artikel | —`;
/* end snapshot platform-growth {"organisation":"fire"} narrow nl */

snapshots["platform-growth {\"organisation\":\"fire\"} narrow en"] = 
`title: Fire zones on social media: share of respondents, 2016–2017
summary: Fire zones that answered, by platform: Social media: no figure (2016, 2017); Instagram from 40% (n = 5) to 57% (at most 20 fire zones); WhatsApp: about 1 in 10 (≈ 10%; at most 20 fire zones) (2017); not in the article: Facebook, Twitter.
svg width=360 height=360 aria-label=Fire zones that answered: presence by platform, 2016 and 2017 viewBox=0 0 360 360
g 
g.years 
text.year.y2016 x=83.6 y=18 text-anchor=middle "2016"
text.year.y2017 x=249.1 y=18 text-anchor=middle "2017"
g 
line.grid x1=83.6 x2=249.1 y1=248 y2=248
text.tick x=166.3 y=248 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link x1=83.6 x2=249.1 y1=106.7 y2=46.6
circle.dot.exact.y2016 cx=83.6 cy=106.7 r=6
circle.dot.exact.y2017 cx=249.1 cy=46.6 r=6
text.value x=73.6 y=106.7 text-anchor=end dy=0.35em "40% (n = 5)"
text.label x=259.1 y=38.6
tspan.name x=259.1 dy=0.35em "Instagram"
tspan.value x=259.1 dy=1.15em "57% (n ≤ 20)"
g.platform 
circle.dot.about.y2017 cx=249.1 cy=212.7 r=6
text.label x=259.1 y=204.7
tspan.name x=259.1 dy=0.35em "WhatsApp"
tspan.value x=259.1 dy=1.15em "≈ 1 in 10 (n ≤ 20)"
g.notes 
text.note-text x=8 y=292 dy=0.35em "Social media: no figure — “Municipalities, OCMWs, police an…"
text.note-text x=8 y=316 dy=0.35em "Facebook: not in the article"
text.note-text x=8 y=340 dy=0.35em "Twitter: not in the article"
g.hits 
rect.hit x=71.6 y=94.7 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=237.1 y=34.6 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
rect.hit x=237.1 y=200.7 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Fire zones, WhatsApp, 2017: about 1 in 10 (≈ 10%; at most 20 fire zones). In the article: “among fire zones too it is about one in ten”
rect.hit x=4 y=280 rx=0 width=350.3 height=24 data-key=social-media-note aria-label=Fire zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=4 y=304 rx=0 width=150.2 height=24 data-key=facebook-note aria-label=Fire zones, Facebook, 2017: not in the article
rect.hit x=4 y=328 rx=0 width=137 height=24 data-key=twitter-note aria-label=Fire zones, Twitter, 2017: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | WhatsApp | 2017 | about 1 in 10 (≈ 10%; at most 20 fire zones) | about (word fraction) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Fire zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Fire zones | Facebook | 2017 | not in the article | not in the article | —
row: Fire zones | Twitter | 2017 | not in the article | not in the article | —`;
/* end snapshot platform-growth {"organisation":"fire"} narrow en */

snapshots["platform-growth {\"organisation\":\"fire\"} wide nl"] = 
`title: Brandweerzones op sociale media: aandeel van de respondenten, 2016–2017
summary: Brandweerzones die antwoordden, per platform: Sociale media: geen cijfer (2016, 2017); Instagram van 40% (n = 5) naar 57% (hoogstens 20 brandweerzones); WhatsApp: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) (2017); niet in het artikel: Facebook, Twitter.
svg width=900 height=372 aria-label=Brandweerzones die antwoordden: aanwezigheid per platform, 2016 en 2017 viewBox=0 0 900 372
g 
g.years 
text.year.y2016 x=83.6 y=18 text-anchor=middle "2016"
text.year.y2017 x=727.3 y=18 text-anchor=middle "2017"
g 
line.grid x1=83.6 x2=727.3 y1=268 y2=268
text.tick x=405.5 y=268 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link x1=83.6 x2=727.3 y1=113.3 y2=47.6
circle.dot.exact.y2016 cx=83.6 cy=113.3 r=6
circle.dot.exact.y2017 cx=727.3 cy=47.6 r=6
text.value x=73.6 y=113.3 text-anchor=end dy=0.35em "40% (n = 5)"
text.label x=737.3 y=47.6
tspan.name x=737.3 dy=0.35em "Instagram 57% (n ≤ 20)"
g.platform 
circle.dot.about.y2017 cx=727.3 cy=229.3 r=6
text.label x=737.3 y=229.3
tspan.name x=737.3 dy=0.35em "WhatsApp ≈ 1 op 10 (n ≤ 20)"
g.notes 
text.note-text x=8 y=304 dy=0.35em "Sociale media: geen cijfer — “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”"
text.note-text x=8 y=328 dy=0.35em "Facebook: niet in het artikel"
text.note-text x=8 y=352 dy=0.35em "Twitter: niet in het artikel"
g.hits 
rect.hit x=71.6 y=101.3 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=715.3 y=35.6 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
rect.hit x=715.3 y=217.3 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Brandweerzones, WhatsApp, 2017: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones). In het artikel: “ook bij de brandweerzones ligt dit op ongeveer één op tien”
rect.hit x=4 y=292 rx=0 width=787.4 height=24 data-key=social-media-note aria-label=Brandweerzones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=4 y=316 rx=0 width=153.8 height=24 data-key=facebook-note aria-label=Brandweerzones, Facebook, 2017: niet in het artikel
rect.hit x=4 y=340 rx=0 width=140.7 height=24 data-key=twitter-note aria-label=Brandweerzones, Twitter, 2017: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | WhatsApp | 2017 | ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) | ongeveer (woordbreuk) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Brandweerzones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Brandweerzones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Twitter | 2017 | niet in het artikel | niet in het artikel | —`;
/* end snapshot platform-growth {"organisation":"fire"} wide nl */

snapshots["platform-growth {\"organisation\":\"fire\"} wide en"] = 
`title: Fire zones on social media: share of respondents, 2016–2017
summary: Fire zones that answered, by platform: Social media: no figure (2016, 2017); Instagram from 40% (n = 5) to 57% (at most 20 fire zones); WhatsApp: about 1 in 10 (≈ 10%; at most 20 fire zones) (2017); not in the article: Facebook, Twitter.
svg width=900 height=372 aria-label=Fire zones that answered: presence by platform, 2016 and 2017 viewBox=0 0 900 372
g 
g.years 
text.year.y2016 x=83.6 y=18 text-anchor=middle "2016"
text.year.y2017 x=730.2 y=18 text-anchor=middle "2017"
g 
line.grid x1=83.6 x2=730.2 y1=268 y2=268
text.tick x=406.9 y=268 text-anchor=middle dy=1.1em "0%"
g.series 
g.platform 
line.link x1=83.6 x2=730.2 y1=113.3 y2=47.6
circle.dot.exact.y2016 cx=83.6 cy=113.3 r=6
circle.dot.exact.y2017 cx=730.2 cy=47.6 r=6
text.value x=73.6 y=113.3 text-anchor=end dy=0.35em "40% (n = 5)"
text.label x=740.2 y=47.6
tspan.name x=740.2 dy=0.35em "Instagram 57% (n ≤ 20)"
g.platform 
circle.dot.about.y2017 cx=730.2 cy=229.3 r=6
text.label x=740.2 y=229.3
tspan.name x=740.2 dy=0.35em "WhatsApp ≈ 1 in 10 (n ≤ 20)"
g.notes 
text.note-text x=8 y=304 dy=0.35em "Social media: no figure — “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”"
text.note-text x=8 y=328 dy=0.35em "Facebook: not in the article"
text.note-text x=8 y=352 dy=0.35em "Twitter: not in the article"
g.hits 
rect.hit x=71.6 y=101.3 rx=12 width=24 height=24 data-key=instagram-2016 aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=718.2 y=35.6 rx=12 width=24 height=24 data-key=instagram-2017 aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
rect.hit x=718.2 y=217.3 rx=12 width=24 height=24 data-key=whatsapp-2017 aria-label=Fire zones, WhatsApp, 2017: about 1 in 10 (≈ 10%; at most 20 fire zones). In the article: “among fire zones too it is about one in ten”
rect.hit x=4 y=292 rx=0 width=742.6 height=24 data-key=social-media-note aria-label=Fire zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=4 y=316 rx=0 width=150.2 height=24 data-key=facebook-note aria-label=Fire zones, Facebook, 2017: not in the article
rect.hit x=4 y=340 rx=0 width=137 height=24 data-key=twitter-note aria-label=Fire zones, Twitter, 2017: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | WhatsApp | 2017 | about 1 in 10 (≈ 10%; at most 20 fire zones) | about (word fraction) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Fire zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Fire zones | Facebook | 2017 | not in the article | not in the article | —
row: Fire zones | Twitter | 2017 | not in the article | not in the article | —`;
/* end snapshot platform-growth {"organisation":"fire"} wide en */

snapshots["interaction-gap {} narrow nl"] = 
`title: Veel zenden, weinig interactie: accounts, 2017
summary: Van de accounts gaat in interactie: Twitter ongeveer 1 op 3 (≈ 33%); Facebook meer dan 1 op 2 (> 50%). De rest (afgeleid) zendt vooral: “Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.”
svg width=360 height=322 aria-label=Aandeel van de accounts dat in interactie gaat, per platform, 2017 viewBox=0 0 360 322
g 
defs 
linearGradient 
stop.fade 
stop.fade 
g.legend 
rect.swatch x=8 y=4 width=12 height=12
text x=24 y=10 dy=0.35em "gaat in interactie"
rect.swatch.rest x=8 y=22 width=12 height=12
text x=24 y=28 dy=0.35em "afgeleid: zendt vooral"
g.axis 
line.grid x1=14 x2=14 y1=62 y2=186
text.tick x=14 y=56 text-anchor=middle "0%"
line.grid x1=179.4 x2=179.4 y1=62 y2=186
text.tick x=179.4 y=56 text-anchor=middle "50%"
line.grid x1=344.8 x2=344.8 y1=62 y2=186
text.tick x=344.8 y=56 text-anchor=middle "100%"
g.rows 
g.row data-key=twitter
text.name x=8 y=72 dy=0.35em "Twitter"
rect.track x=14 y=85 width=330.8 height=14
rect.bar x=14 y=85 width=96.3 height=14
rect x=110.3 y=85 width=28 height=14
circle.dot.about.y2017 cx=124.3 cy=92 r=6
text.value x=76 y=112 text-anchor=start dy=0.35em "≈ 1 op 3"
g.rest 
text.value x=131.3 y=112 text-anchor=start dy=0.35em "≈ 2 op 3"
g.row data-key=facebook
text.name x=8 y=136 dy=0.35em "Facebook"
rect.track x=14 y=149 width=330.8 height=14
rect.bar x=14 y=149 width=165.4 height=14
rect x=179.4 y=149 width=28 height=14
circle.dot.more-than.y2017 cx=179.4 cy=156 r=6
path.bound.y2017 d=M187.4,153L190.4,156L187.4,159
text.value x=131 y=176 text-anchor=start dy=0.35em "> 1 op 2"
g.rest 
text.value x=186.4 y=176 text-anchor=start dy=0.35em "< 1 op 2"
g.notes 
g.note data-key=broadcast
text.note-text x=8 y=208.5 dy=0.35em "Vooral zenden: geen cijfer — “Lokaal gebruikt men sociale"
text.note-text x=8 y=225.5 dy=0.35em "media vooral om zelf boodschappen te zenden.”"
g.note data-key=interaction-barrier
text.note-text x=8 y=250.5 dy=0.35em "Redenen voor weinig interactie: geen cijfer — “Voornaamste"
text.note-text x=8 y=267.5 dy=0.35em "redenen zijn tijd- en personeelsgebrek. Het sociale mediawerk"
text.note-text x=8 y=284.5 dy=0.35em "komt nog te vaak terecht op de schouders van de"
text.note-text x=8 y=301.5 dy=0.35em "communicatiedienst.”"
g.hits 
rect.hit x=6 y=80 rx=0 width=344.8 height=42 data-key=twitter aria-label=Algemeen, Twitter-accounts die in interactie gaan, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “gaat slechts één op drie van de accounts in interactie op Twitter”; de rest (afgeleid: 1 − het aandeel) zendt vooral: ongeveer 2 op 3 (≈ 67%)
rect.hit x=6 y=144 rx=0 width=344.8 height=42 data-key=facebook aria-label=Algemeen, Facebook-accounts die in interactie gaan, 2017: meer dan 1 op 2 (> 50%). In het artikel: “Op Facebook is dit iets meer dan de helft.”; de rest (afgeleid: 1 − het aandeel) zendt vooral: bijna 1 op 2 (< 50%)
rect.hit x=4 y=196.5 rx=0 width=317.5 height=41 data-key=broadcast aria-label=Algemeen, vooral zenden, 2017: geen cijfer. In het artikel: “Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.”
rect.hit x=4 y=238.5 rx=0 width=331.4 height=75 data-key=interaction-barrier aria-label=Algemeen, redenen voor weinig interactie, 2017: geen cijfer. In het artikel: “Voornaamste redenen zijn tijd- en personeelsgebrek. Het sociale mediawerk komt nog te vaak terecht op de schouders van de communicatiedienst.”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Algemeen | Twitter-accounts die in interactie gaan | 2017 | ongeveer 1 op 3 (≈ 33%); de rest (afgeleid: 1 − het aandeel) zendt vooral: ongeveer 2 op 3 (≈ 67%) | ongeveer (woordbreuk) | gaat slechts één op drie van de accounts in interactie op Twitter
row: Algemeen | Facebook-accounts die in interactie gaan | 2017 | meer dan 1 op 2 (> 50%); de rest (afgeleid: 1 − het aandeel) zendt vooral: bijna 1 op 2 (< 50%) | meer dan (ondergrens) | Op Facebook is dit iets meer dan de helft.
row: Algemeen | vooral zenden | 2017 | geen cijfer | geen cijfer in het artikel | Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.
row: Algemeen | redenen voor weinig interactie | 2017 | geen cijfer | geen cijfer in het artikel | Voornaamste redenen zijn tijd- en personeelsgebrek. Het sociale mediawerk komt nog te vaak terecht op de schouders van de communicatiedienst.`;
/* end snapshot interaction-gap {} narrow nl */

snapshots["interaction-gap {} narrow en"] = 
`title: Broadcasting a lot, interacting little: accounts, 2017
summary: Of the accounts, these interact: Twitter about 1 in 3 (≈ 33%); Facebook more than 1 in 2 (> 50%). The rest (derived) mainly broadcast: “Locally, social media is used mainly to send one's own messages.”
svg width=360 height=305 aria-label=Share of accounts that interact, by platform, 2017 viewBox=0 0 360 305
g 
defs 
linearGradient 
stop.fade 
stop.fade 
g.legend 
rect.swatch x=8 y=4 width=12 height=12
text x=24 y=10 dy=0.35em "interacts"
rect.swatch.rest x=8 y=22 width=12 height=12
text x=24 y=28 dy=0.35em "derived: mainly broadcasts"
g.axis 
line.grid x1=14 x2=14 y1=62 y2=186
text.tick x=14 y=56 text-anchor=middle "0%"
line.grid x1=179.4 x2=179.4 y1=62 y2=186
text.tick x=179.4 y=56 text-anchor=middle "50%"
line.grid x1=344.8 x2=344.8 y1=62 y2=186
text.tick x=344.8 y=56 text-anchor=middle "100%"
g.rows 
g.row data-key=twitter
text.name x=8 y=72 dy=0.35em "Twitter"
rect.track x=14 y=85 width=330.8 height=14
rect.bar x=14 y=85 width=96.3 height=14
rect x=110.3 y=85 width=28 height=14
circle.dot.about.y2017 cx=124.3 cy=92 r=6
text.value x=78.9 y=112 text-anchor=start dy=0.35em "≈ 1 in 3"
g.rest 
text.value x=131.3 y=112 text-anchor=start dy=0.35em "≈ 2 in 3"
g.row data-key=facebook
text.name x=8 y=136 dy=0.35em "Facebook"
rect.track x=14 y=149 width=330.8 height=14
rect.bar x=14 y=149 width=165.4 height=14
rect x=179.4 y=149 width=28 height=14
circle.dot.more-than.y2017 cx=179.4 cy=156 r=6
path.bound.y2017 d=M187.4,153L190.4,156L187.4,159
text.value x=133.8 y=176 text-anchor=start dy=0.35em "> 1 in 2"
g.rest 
text.value x=186.4 y=176 text-anchor=start dy=0.35em "< 1 in 2"
g.notes 
g.note data-key=broadcast
text.note-text x=8 y=208.5 dy=0.35em "Mainly broadcasts: no figure — “Locally, social media is used"
text.note-text x=8 y=225.5 dy=0.35em "mainly to send one's own messages.”"
g.note data-key=interaction-barrier
text.note-text x=8 y=250.5 dy=0.35em "Reasons for little interaction: no figure — “The main reasons"
text.note-text x=8 y=267.5 dy=0.35em "are lack of time and staff. Social media work still too often"
text.note-text x=8 y=284.5 dy=0.35em "lands on the shoulders of the communication department.”"
g.hits 
rect.hit x=6 y=80 rx=0 width=344.8 height=42 data-key=twitter aria-label=Overall, Twitter accounts that interact, 2017: about 1 in 3 (≈ 33%). In the article: “only one in three of the accounts interacts on Twitter”; the rest (derived: 1 − the share) mainly broadcasts: about 2 in 3 (≈ 67%)
rect.hit x=6 y=144 rx=0 width=344.8 height=42 data-key=facebook aria-label=Overall, Facebook accounts that interact, 2017: more than 1 in 2 (> 50%). In the article: “On Facebook it is a little more than half.”; the rest (derived: 1 − the share) mainly broadcasts: almost 1 in 2 (< 50%)
rect.hit x=4 y=196.5 rx=0 width=332.8 height=41 data-key=broadcast aria-label=Overall, mainly broadcasts, 2017: no figure. In the article: “Locally, social media is used mainly to send one's own messages.”
rect.hit x=4 y=238.5 rx=0 width=326.8 height=58 data-key=interaction-barrier aria-label=Overall, reasons for little interaction, 2017: no figure. In the article: “The main reasons are lack of time and staff. Social media work still too often lands on the shoulders of the communication department.”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Overall | Twitter accounts that interact | 2017 | about 1 in 3 (≈ 33%); the rest (derived: 1 − the share) mainly broadcasts: about 2 in 3 (≈ 67%) | about (word fraction) | gaat slechts één op drie van de accounts in interactie op Twitter
row: Overall | Facebook accounts that interact | 2017 | more than 1 in 2 (> 50%); the rest (derived: 1 − the share) mainly broadcasts: almost 1 in 2 (< 50%) | more than (lower bound) | Op Facebook is dit iets meer dan de helft.
row: Overall | mainly broadcasts | 2017 | no figure | no figure in the article | Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.
row: Overall | reasons for little interaction | 2017 | no figure | no figure in the article | Voornaamste redenen zijn tijd- en personeelsgebrek. Het sociale mediawerk komt nog te vaak terecht op de schouders van de communicatiedienst.`;
/* end snapshot interaction-gap {} narrow en */

snapshots["interaction-gap {} wide nl"] = 
`title: Veel zenden, weinig interactie: accounts, 2017
summary: Van de accounts gaat in interactie: Twitter ongeveer 1 op 3 (≈ 33%); Facebook meer dan 1 op 2 (> 50%). De rest (afgeleid) zendt vooral: “Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.”
svg width=900 height=225 aria-label=Aandeel van de accounts dat in interactie gaat, per platform, 2017 viewBox=0 0 900 225
g 
defs 
linearGradient 
stop.fade 
stop.fade 
g.legend 
rect.swatch x=8 y=4 width=12 height=12
text x=24 y=10 dy=0.35em "gaat in interactie"
rect.swatch.rest x=138.6 y=4 width=12 height=12
text x=154.6 y=10 dy=0.35em "afgeleid: zendt vooral"
g.axis 
line.grid x1=85.6 x2=85.6 y1=44 y2=140
text.tick x=85.6 y=38 text-anchor=middle "0%"
line.grid x1=485.2 x2=485.2 y1=44 y2=140
text.tick x=485.2 y=38 text-anchor=middle "50%"
line.grid x1=884.8 x2=884.8 y1=44 y2=140
text.tick x=884.8 y=38 text-anchor=middle "100%"
g.rows 
g.row data-key=twitter
text.name x=8 y=56 dy=0.35em "Twitter"
rect.track x=85.6 y=49 width=799.2 height=14
rect.bar x=85.6 y=49 width=252.4 height=14
rect x=338 y=49 width=28 height=14
circle.dot.about.y2017 cx=352 cy=56 r=6
text.value x=303.7 y=76 text-anchor=start dy=0.35em "≈ 1 op 3"
g.rest 
text.value x=359 y=76 text-anchor=start dy=0.35em "≈ 2 op 3"
g.row data-key=facebook
text.name x=8 y=106 dy=0.35em "Facebook"
rect.track x=85.6 y=99 width=799.2 height=14
rect.bar x=85.6 y=99 width=399.6 height=14
rect x=485.2 y=99 width=28 height=14
circle.dot.more-than.y2017 cx=485.2 cy=106 r=6
path.bound.y2017 d=M493.2,103L496.2,106L493.2,109
text.value x=436.8 y=126 text-anchor=start dy=0.35em "> 1 op 2"
g.rest 
text.value x=492.2 y=126 text-anchor=start dy=0.35em "< 1 op 2"
g.notes 
g.note data-key=broadcast
text.note-text x=8 y=162.5 dy=0.35em "Vooral zenden: geen cijfer — “Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.”"
g.note data-key=interaction-barrier
text.note-text x=8 y=187.5 dy=0.35em "Redenen voor weinig interactie: geen cijfer — “Voornaamste redenen zijn tijd- en personeelsgebrek. Het sociale mediawerk komt nog te vaak terecht op de schouders"
text.note-text x=8 y=204.5 dy=0.35em "van de communicatiedienst.”"
g.hits 
rect.hit x=77.6 y=44 rx=0 width=813.2 height=42 data-key=twitter aria-label=Algemeen, Twitter-accounts die in interactie gaan, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “gaat slechts één op drie van de accounts in interactie op Twitter”; de rest (afgeleid: 1 − het aandeel) zendt vooral: ongeveer 2 op 3 (≈ 67%)
rect.hit x=77.6 y=94 rx=0 width=813.2 height=42 data-key=facebook aria-label=Algemeen, Facebook-accounts die in interactie gaan, 2017: meer dan 1 op 2 (> 50%). In het artikel: “Op Facebook is dit iets meer dan de helft.”; de rest (afgeleid: 1 − het aandeel) zendt vooral: bijna 1 op 2 (< 50%)
rect.hit x=4 y=150.5 rx=0 width=570.9 height=24 data-key=broadcast aria-label=Algemeen, vooral zenden, 2017: geen cijfer. In het artikel: “Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.”
rect.hit x=4 y=175.5 rx=0 width=871.2 height=41 data-key=interaction-barrier aria-label=Algemeen, redenen voor weinig interactie, 2017: geen cijfer. In het artikel: “Voornaamste redenen zijn tijd- en personeelsgebrek. Het sociale mediawerk komt nog te vaak terecht op de schouders van de communicatiedienst.”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Algemeen | Twitter-accounts die in interactie gaan | 2017 | ongeveer 1 op 3 (≈ 33%); de rest (afgeleid: 1 − het aandeel) zendt vooral: ongeveer 2 op 3 (≈ 67%) | ongeveer (woordbreuk) | gaat slechts één op drie van de accounts in interactie op Twitter
row: Algemeen | Facebook-accounts die in interactie gaan | 2017 | meer dan 1 op 2 (> 50%); de rest (afgeleid: 1 − het aandeel) zendt vooral: bijna 1 op 2 (< 50%) | meer dan (ondergrens) | Op Facebook is dit iets meer dan de helft.
row: Algemeen | vooral zenden | 2017 | geen cijfer | geen cijfer in het artikel | Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.
row: Algemeen | redenen voor weinig interactie | 2017 | geen cijfer | geen cijfer in het artikel | Voornaamste redenen zijn tijd- en personeelsgebrek. Het sociale mediawerk komt nog te vaak terecht op de schouders van de communicatiedienst.`;
/* end snapshot interaction-gap {} wide nl */

snapshots["interaction-gap {} wide en"] = 
`title: Broadcasting a lot, interacting little: accounts, 2017
summary: Of the accounts, these interact: Twitter about 1 in 3 (≈ 33%); Facebook more than 1 in 2 (> 50%). The rest (derived) mainly broadcast: “Locally, social media is used mainly to send one's own messages.”
svg width=900 height=225 aria-label=Share of accounts that interact, by platform, 2017 viewBox=0 0 900 225
g 
defs 
linearGradient 
stop.fade 
stop.fade 
g.legend 
rect.swatch x=8 y=4 width=12 height=12
text x=24 y=10 dy=0.35em "interacts"
rect.swatch.rest x=96 y=4 width=12 height=12
text x=112 y=10 dy=0.35em "derived: mainly broadcasts"
g.axis 
line.grid x1=85.6 x2=85.6 y1=44 y2=140
text.tick x=85.6 y=38 text-anchor=middle "0%"
line.grid x1=485.2 x2=485.2 y1=44 y2=140
text.tick x=485.2 y=38 text-anchor=middle "50%"
line.grid x1=884.8 x2=884.8 y1=44 y2=140
text.tick x=884.8 y=38 text-anchor=middle "100%"
g.rows 
g.row data-key=twitter
text.name x=8 y=56 dy=0.35em "Twitter"
rect.track x=85.6 y=49 width=799.2 height=14
rect.bar x=85.6 y=49 width=252.4 height=14
rect x=338 y=49 width=28 height=14
circle.dot.about.y2017 cx=352 cy=56 r=6
text.value x=306.6 y=76 text-anchor=start dy=0.35em "≈ 1 in 3"
g.rest 
text.value x=359 y=76 text-anchor=start dy=0.35em "≈ 2 in 3"
g.row data-key=facebook
text.name x=8 y=106 dy=0.35em "Facebook"
rect.track x=85.6 y=99 width=799.2 height=14
rect.bar x=85.6 y=99 width=399.6 height=14
rect x=485.2 y=99 width=28 height=14
circle.dot.more-than.y2017 cx=485.2 cy=106 r=6
path.bound.y2017 d=M493.2,103L496.2,106L493.2,109
text.value x=439.6 y=126 text-anchor=start dy=0.35em "> 1 in 2"
g.rest 
text.value x=492.2 y=126 text-anchor=start dy=0.35em "< 1 in 2"
g.notes 
g.note data-key=broadcast
text.note-text x=8 y=162.5 dy=0.35em "Mainly broadcasts: no figure — “Locally, social media is used mainly to send one's own messages.”"
g.note data-key=interaction-barrier
text.note-text x=8 y=187.5 dy=0.35em "Reasons for little interaction: no figure — “The main reasons are lack of time and staff. Social media work still too often lands on the shoulders of the communication"
text.note-text x=8 y=204.5 dy=0.35em "department.”"
g.hits 
rect.hit x=77.6 y=44 rx=0 width=813.2 height=42 data-key=twitter aria-label=Overall, Twitter accounts that interact, 2017: about 1 in 3 (≈ 33%). In the article: “only one in three of the accounts interacts on Twitter”; the rest (derived: 1 − the share) mainly broadcasts: about 2 in 3 (≈ 67%)
rect.hit x=77.6 y=94 rx=0 width=813.2 height=42 data-key=facebook aria-label=Overall, Facebook accounts that interact, 2017: more than 1 in 2 (> 50%). In the article: “On Facebook it is a little more than half.”; the rest (derived: 1 − the share) mainly broadcasts: almost 1 in 2 (< 50%)
rect.hit x=4 y=150.5 rx=0 width=529 height=24 data-key=broadcast aria-label=Overall, mainly broadcasts, 2017: no figure. In the article: “Locally, social media is used mainly to send one's own messages.”
rect.hit x=4 y=175.5 rx=0 width=872.4 height=41 data-key=interaction-barrier aria-label=Overall, reasons for little interaction, 2017: no figure. In the article: “The main reasons are lack of time and staff. Social media work still too often lands on the shoulders of the communication department.”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Overall | Twitter accounts that interact | 2017 | about 1 in 3 (≈ 33%); the rest (derived: 1 − the share) mainly broadcasts: about 2 in 3 (≈ 67%) | about (word fraction) | gaat slechts één op drie van de accounts in interactie op Twitter
row: Overall | Facebook accounts that interact | 2017 | more than 1 in 2 (> 50%); the rest (derived: 1 − the share) mainly broadcasts: almost 1 in 2 (< 50%) | more than (lower bound) | Op Facebook is dit iets meer dan de helft.
row: Overall | mainly broadcasts | 2017 | no figure | no figure in the article | Lokaal gebruikt men sociale media vooral om zelf boodschappen te zenden.
row: Overall | reasons for little interaction | 2017 | no figure | no figure in the article | Voornaamste redenen zijn tijd- en personeelsgebrek. Het sociale mediawerk komt nog te vaak terecht op de schouders van de communicatiedienst.`;
/* end snapshot interaction-gap {} wide en */

snapshots["video-adoption {} narrow nl"] = 
`title: Video bij de gemeenten die antwoordden, 2017
summary: Van de gemeenten die antwoordden: ongeveer 1 op 3 (≈ 33%) maakt zelf video’s; 13% laat video’s maken; ongeveer 1 op 3 (≈ 33%) wil meer inzetten op video.
svg width=360 height=251 aria-label=Gemeenten die antwoordden en video in 2017: zelf maken, laten maken, meer willen doen viewBox=0 0 360 251
g 
defs 
linearGradient 
stop.fade 
stop.fade 
g.legend 
g.axis 
line.grid x1=14 x2=14 y1=22 y2=166
text.tick x=14 y=16 text-anchor=middle "0%"
line.grid x1=151.9 x2=151.9 y1=22 y2=166
text.tick x=151.9 y=16 text-anchor=middle "50%"
line.grid x1=289.7 x2=289.7 y1=22 y2=166
text.tick x=289.7 y=16 text-anchor=middle "100%"
g.rows 
g.row data-key=video-in-house
text.name x=8 y=32 dy=0.35em "Maakt zelf video’s"
rect.bar x=14 y=45 width=77.9 height=14
rect x=91.9 y=45 width=28 height=14
circle.dot.about.y2017 cx=105.9 cy=52 r=6
text.value x=115.9 y=52 text-anchor=start dy=0.35em "≈ 1 op 3"
g.row data-key=video-outsourced
text.name x=8 y=80 dy=0.35em "Laat video’s maken"
rect.bar x=14 y=93 width=35.8 height=14
circle.dot.exact.y2017 cx=49.8 cy=100 r=6
text.value x=59.8 y=100 text-anchor=start dy=0.35em "13%"
g.row data-key=video-more
text.name x=8 y=128 dy=0.35em "Wil meer inzetten op video"
rect.bar x=14 y=141 width=77.9 height=14
rect x=91.9 y=141 width=28 height=14
circle.dot.about.y2017 cx=105.9 cy=148 r=6
text.value x=115.9 y=148 text-anchor=start dy=0.35em "≈ 1 op 3"
g.notes 
g.note data-key=video
text.note-text x=8 y=188.5 dy=0.35em "Video: geen cijfer — “Video wint aan belang.”"
g.note data-key=facebook-live
text.note-text x=8 y=213.5 dy=0.35em "Facebook Live: geen cijfer — “Ook Facebook Live valt in de"
text.note-text x=8 y=230.5 dy=0.35em "smaak.”"
g.hits 
rect.hit x=6 y=39 rx=0 width=155.2 height=26 data-key=video-in-house aria-label=Gemeenten, maakt zelf video’s, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “één op drie gemeenten zet in op video, en maakt deze zelf”
rect.hit x=6 y=87 rx=0 width=81.7 height=26 data-key=video-outsourced aria-label=Gemeenten, laat video’s maken, 2017: 13%
rect.hit x=6 y=135 rx=0 width=155.2 height=26 data-key=video-more aria-label=Gemeenten, wil meer inzetten op video, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “Eén op drie wil hier in de toekomst meer op inzetten.”
rect.hit x=4 y=176.5 rx=0 width=251.9 height=24 data-key=video aria-label=Algemeen, video, 2017: geen cijfer. In het artikel: “Video wint aan belang.”
rect.hit x=4 y=201.5 rx=0 width=327.8 height=41 data-key=facebook-live aria-label=Algemeen, Facebook Live, 2017: geen cijfer. In het artikel: “Ook Facebook Live valt in de smaak.”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | maakt zelf video’s | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | één op drie gemeenten zet in op video, en maakt deze zelf
row: Gemeenten | laat video’s maken | 2017 | 13% | exact percentage | Een minderheid (13%) laat video’s voor sociale media maken.
row: Gemeenten | wil meer inzetten op video | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | Eén op drie wil hier in de toekomst meer op inzetten.
row: Algemeen | video | 2017 | geen cijfer | geen cijfer in het artikel | Video wint aan belang.
row: Algemeen | Facebook Live | 2017 | geen cijfer | geen cijfer in het artikel | Ook Facebook Live valt in de smaak.`;
/* end snapshot video-adoption {} narrow nl */

snapshots["video-adoption {} narrow en"] = 
`title: Video among the municipalities that answered, 2017
summary: Of the municipalities that answered: about 1 in 3 (≈ 33%) makes its own videos; 13% has videos made; about 1 in 3 (≈ 33%) wants to do more video.
svg width=360 height=234 aria-label=Municipalities that answered and video in 2017: making it, having it made, wanting more viewBox=0 0 360 234
g 
defs 
linearGradient 
stop.fade 
stop.fade 
g.legend 
g.axis 
line.grid x1=14 x2=14 y1=22 y2=166
text.tick x=14 y=16 text-anchor=middle "0%"
line.grid x1=153.3 x2=153.3 y1=22 y2=166
text.tick x=153.3 y=16 text-anchor=middle "50%"
line.grid x1=292.6 x2=292.6 y1=22 y2=166
text.tick x=292.6 y=16 text-anchor=middle "100%"
g.rows 
g.row data-key=video-in-house
text.name x=8 y=32 dy=0.35em "Makes its own videos"
rect.bar x=14 y=45 width=78.9 height=14
rect x=92.9 y=45 width=28 height=14
circle.dot.about.y2017 cx=106.9 cy=52 r=6
text.value x=116.9 y=52 text-anchor=start dy=0.35em "≈ 1 in 3"
g.row data-key=video-outsourced
text.name x=8 y=80 dy=0.35em "Has videos made"
rect.bar x=14 y=93 width=36.2 height=14
circle.dot.exact.y2017 cx=50.2 cy=100 r=6
text.value x=60.2 y=100 text-anchor=start dy=0.35em "13%"
g.row data-key=video-more
text.name x=8 y=128 dy=0.35em "Wants to do more video"
rect.bar x=14 y=141 width=78.9 height=14
rect x=92.9 y=141 width=28 height=14
circle.dot.about.y2017 cx=106.9 cy=148 r=6
text.value x=116.9 y=148 text-anchor=start dy=0.35em "≈ 1 in 3"
g.notes 
g.note data-key=video
text.note-text x=8 y=188.5 dy=0.35em "Video: no figure — “Video is gaining importance.”"
g.note data-key=facebook-live
text.note-text x=8 y=213.5 dy=0.35em "Facebook Live: no figure — “Facebook Live is popular too.”"
g.hits 
rect.hit x=6 y=39 rx=0 width=153.2 height=26 data-key=video-in-house aria-label=Municipalities, makes its own videos, 2017: about 1 in 3 (≈ 33%). In the article: “one in three municipalities invests in video, and makes it themselves”
rect.hit x=6 y=87 rx=0 width=82.1 height=26 data-key=video-outsourced aria-label=Municipalities, has videos made, 2017: 13%
rect.hit x=6 y=135 rx=0 width=153.2 height=26 data-key=video-more aria-label=Municipalities, wants to do more video, 2017: about 1 in 3 (≈ 33%). In the article: “One in three wants to invest more in it in future.”
rect.hit x=4 y=176.5 rx=0 width=274.3 height=24 data-key=video aria-label=Overall, video, 2017: no figure. In the article: “Video is gaining importance.”
rect.hit x=4 y=201.5 rx=0 width=326.4 height=24 data-key=facebook-live aria-label=Overall, Facebook Live, 2017: no figure. In the article: “Facebook Live is popular too.”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | makes its own videos | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | één op drie gemeenten zet in op video, en maakt deze zelf
row: Municipalities | has videos made | 2017 | 13% | exact percentage | Een minderheid (13%) laat video’s voor sociale media maken.
row: Municipalities | wants to do more video | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | Eén op drie wil hier in de toekomst meer op inzetten.
row: Overall | video | 2017 | no figure | no figure in the article | Video wint aan belang.
row: Overall | Facebook Live | 2017 | no figure | no figure in the article | Ook Facebook Live valt in de smaak.`;
/* end snapshot video-adoption {} narrow en */

snapshots["video-adoption {} wide nl"] = 
`title: Video bij de gemeenten die antwoordden, 2017
summary: Van de gemeenten die antwoordden: ongeveer 1 op 3 (≈ 33%) maakt zelf video’s; 13% laat video’s maken; ongeveer 1 op 3 (≈ 33%) wil meer inzetten op video.
svg width=900 height=198 aria-label=Gemeenten die antwoordden en video in 2017: zelf maken, laten maken, meer willen doen viewBox=0 0 900 198
g 
defs 
linearGradient 
stop.fade 
stop.fade 
g.legend 
g.axis 
line.grid x1=185.1 x2=185.1 y1=22 y2=130
text.tick x=185.1 y=16 text-anchor=middle "0%"
line.grid x1=314 x2=314 y1=22 y2=130
text.tick x=314 y=16 text-anchor=middle "20%"
line.grid x1=442.9 x2=442.9 y1=22 y2=130
text.tick x=442.9 y=16 text-anchor=middle "40%"
line.grid x1=571.9 x2=571.9 y1=22 y2=130
text.tick x=571.9 y=16 text-anchor=middle "60%"
line.grid x1=700.8 x2=700.8 y1=22 y2=130
text.tick x=700.8 y=16 text-anchor=middle "80%"
line.grid x1=829.7 x2=829.7 y1=22 y2=130
text.tick x=829.7 y=16 text-anchor=middle "100%"
g.rows 
g.row data-key=video-in-house
text.name x=8 y=40 dy=0.35em "Maakt zelf video’s"
rect.bar x=185.1 y=33 width=200.9 height=14
rect x=386 y=33 width=28 height=14
circle.dot.about.y2017 cx=400 cy=40 r=6
text.value x=410 y=40 text-anchor=start dy=0.35em "≈ 1 op 3"
g.row data-key=video-outsourced
text.name x=8 y=76 dy=0.35em "Laat video’s maken"
rect.bar x=185.1 y=69 width=83.8 height=14
circle.dot.exact.y2017 cx=268.9 cy=76 r=6
text.value x=278.9 y=76 text-anchor=start dy=0.35em "13%"
g.row data-key=video-more
text.name x=8 y=112 dy=0.35em "Wil meer inzetten op video"
rect.bar x=185.1 y=105 width=200.9 height=14
rect x=386 y=105 width=28 height=14
circle.dot.about.y2017 cx=400 cy=112 r=6
text.value x=410 y=112 text-anchor=start dy=0.35em "≈ 1 op 3"
g.notes 
g.note data-key=video
text.note-text x=8 y=152.5 dy=0.35em "Video: geen cijfer — “Video wint aan belang.”"
g.note data-key=facebook-live
text.note-text x=8 y=177.5 dy=0.35em "Facebook Live: geen cijfer — “Ook Facebook Live valt in de smaak.”"
g.hits 
rect.hit x=177.1 y=27 rx=0 width=278.1 height=26 data-key=video-in-house aria-label=Gemeenten, maakt zelf video’s, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “één op drie gemeenten zet in op video, en maakt deze zelf”
rect.hit x=177.1 y=63 rx=0 width=129.6 height=26 data-key=video-outsourced aria-label=Gemeenten, laat video’s maken, 2017: 13%
rect.hit x=177.1 y=99 rx=0 width=278.1 height=26 data-key=video-more aria-label=Gemeenten, wil meer inzetten op video, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “Eén op drie wil hier in de toekomst meer op inzetten.”
rect.hit x=4 y=140.5 rx=0 width=251.9 height=24 data-key=video aria-label=Algemeen, video, 2017: geen cijfer. In het artikel: “Video wint aan belang.”
rect.hit x=4 y=165.5 rx=0 width=373.3 height=24 data-key=facebook-live aria-label=Algemeen, Facebook Live, 2017: geen cijfer. In het artikel: “Ook Facebook Live valt in de smaak.”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | maakt zelf video’s | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | één op drie gemeenten zet in op video, en maakt deze zelf
row: Gemeenten | laat video’s maken | 2017 | 13% | exact percentage | Een minderheid (13%) laat video’s voor sociale media maken.
row: Gemeenten | wil meer inzetten op video | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | Eén op drie wil hier in de toekomst meer op inzetten.
row: Algemeen | video | 2017 | geen cijfer | geen cijfer in het artikel | Video wint aan belang.
row: Algemeen | Facebook Live | 2017 | geen cijfer | geen cijfer in het artikel | Ook Facebook Live valt in de smaak.`;
/* end snapshot video-adoption {} wide nl */

snapshots["video-adoption {} wide en"] = 
`title: Video among the municipalities that answered, 2017
summary: Of the municipalities that answered: about 1 in 3 (≈ 33%) makes its own videos; 13% has videos made; about 1 in 3 (≈ 33%) wants to do more video.
svg width=900 height=198 aria-label=Municipalities that answered and video in 2017: making it, having it made, wanting more viewBox=0 0 900 198
g 
defs 
linearGradient 
stop.fade 
stop.fade 
g.legend 
g.axis 
line.grid x1=166.3 x2=166.3 y1=22 y2=130
text.tick x=166.3 y=16 text-anchor=middle "0%"
line.grid x1=299.5 x2=299.5 y1=22 y2=130
text.tick x=299.5 y=16 text-anchor=middle "20%"
line.grid x1=432.8 x2=432.8 y1=22 y2=130
text.tick x=432.8 y=16 text-anchor=middle "40%"
line.grid x1=566.1 x2=566.1 y1=22 y2=130
text.tick x=566.1 y=16 text-anchor=middle "60%"
line.grid x1=699.4 x2=699.4 y1=22 y2=130
text.tick x=699.4 y=16 text-anchor=middle "80%"
line.grid x1=832.6 x2=832.6 y1=22 y2=130
text.tick x=832.6 y=16 text-anchor=middle "100%"
g.rows 
g.row data-key=video-in-house
text.name x=8 y=40 dy=0.35em "Makes its own videos"
rect.bar x=166.3 y=33 width=208.1 height=14
rect x=374.4 y=33 width=28 height=14
circle.dot.about.y2017 cx=388.4 cy=40 r=6
text.value x=398.4 y=40 text-anchor=start dy=0.35em "≈ 1 in 3"
g.row data-key=video-outsourced
text.name x=8 y=76 dy=0.35em "Has videos made"
rect.bar x=166.3 y=69 width=86.6 height=14
circle.dot.exact.y2017 cx=252.9 cy=76 r=6
text.value x=262.9 y=76 text-anchor=start dy=0.35em "13%"
g.row data-key=video-more
text.name x=8 y=112 dy=0.35em "Wants to do more video"
rect.bar x=166.3 y=105 width=208.1 height=14
rect x=374.4 y=105 width=28 height=14
circle.dot.about.y2017 cx=388.4 cy=112 r=6
text.value x=398.4 y=112 text-anchor=start dy=0.35em "≈ 1 in 3"
g.notes 
g.note data-key=video
text.note-text x=8 y=152.5 dy=0.35em "Video: no figure — “Video is gaining importance.”"
g.note data-key=facebook-live
text.note-text x=8 y=177.5 dy=0.35em "Facebook Live: no figure — “Facebook Live is popular too.”"
g.hits 
rect.hit x=158.3 y=27 rx=0 width=282.5 height=26 data-key=video-in-house aria-label=Municipalities, makes its own videos, 2017: about 1 in 3 (≈ 33%). In the article: “one in three municipalities invests in video, and makes it themselves”
rect.hit x=158.3 y=63 rx=0 width=132.5 height=26 data-key=video-outsourced aria-label=Municipalities, has videos made, 2017: 13%
rect.hit x=158.3 y=99 rx=0 width=282.5 height=26 data-key=video-more aria-label=Municipalities, wants to do more video, 2017: about 1 in 3 (≈ 33%). In the article: “One in three wants to invest more in it in future.”
rect.hit x=4 y=140.5 rx=0 width=274.3 height=24 data-key=video aria-label=Overall, video, 2017: no figure. In the article: “Video is gaining importance.”
rect.hit x=4 y=165.5 rx=0 width=326.4 height=24 data-key=facebook-live aria-label=Overall, Facebook Live, 2017: no figure. In the article: “Facebook Live is popular too.”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | makes its own videos | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | één op drie gemeenten zet in op video, en maakt deze zelf
row: Municipalities | has videos made | 2017 | 13% | exact percentage | Een minderheid (13%) laat video’s voor sociale media maken.
row: Municipalities | wants to do more video | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | Eén op drie wil hier in de toekomst meer op inzetten.
row: Overall | video | 2017 | no figure | no figure in the article | Video wint aan belang.
row: Overall | Facebook Live | 2017 | no figure | no figure in the article | Ook Facebook Live valt in de smaak.`;
/* end snapshot video-adoption {} wide en */

snapshots["platform-matrix {\"year\":\"2017\"} narrow nl"] = 
`title: Wie zit op welk platform: respondenten, 2017
summary: 9 combinaties met een cijfer (het hoogste: OCMW’s, Sociale media, 67%), 10 zonder cijfer (alleen woorden), over 6 zegt het artikel niets.
svg width=360 height=466 aria-label=Aandeel van de respondenten per soort bestuur en platform, 2017 viewBox=0 0 360 466
g 
defs 
pattern width=6 height=6
path.hatch d=M0 0V6
g.heads 
text.name x=36 y=12 text-anchor=middle
title  "Sociale media"
tspan x=36 dy=0 "Sociale"
tspan x=36 dy=1.23em "media"
text.name x=108 y=12 text-anchor=middle
title  "Facebook"
tspan x=108 dy=0 "Facebook"
text.name x=180 y=12 text-anchor=middle
title  "Twitter"
tspan x=180 dy=0 "Twitter"
text.name x=252 y=12 text-anchor=middle
title  "Instagram"
tspan x=252 dy=0 "Instagram"
text.name x=324 y=12 text-anchor=middle
title  "WhatsApp"
tspan x=324 dy=0 "WhatsApp"
g.names 
text.name x=0 y=46 dy=0.35em "Gemeenten"
text.name x=0 y=132 dy=0.35em "OCMW’s"
text.name x=0 y=218 dy=0.35em "Politiezones"
text.name x=0 y=304 dy=0.35em "Brandweerzones"
text.name x=0 y=390 dy=0.35em "Algemeen"
g.cells 
g.cell.none data-key=municipality-social-media
rect.box.y2017 x=2 y=56 rx=3 width=68 height=62
text.value x=36 y=100 text-anchor=middle
tspan x=36 dy=0.35em "geen cijfer"
g.cell.silent data-key=municipality-facebook
rect.box.y2017 x=74 y=56 rx=3 width=68 height=62
text.value x=108 y=92 text-anchor=middle
tspan x=108 dy=0.35em "niet in het"
tspan x=108 dy=1.23em "artikel"
g.cell.silent data-key=municipality-twitter
rect.box.y2017 x=146 y=56 rx=3 width=68 height=62
text.value x=180 y=92 text-anchor=middle
tspan x=180 dy=0.35em "niet in het"
tspan x=180 dy=1.23em "artikel"
g.cell.less-than.valued data-key=municipality-instagram
rect.box.y2017 x=218 y=56 rx=3 width=68 height=62
circle.dot.less-than.y2017 cx=252 cy=69 r=6
path.bound.y2017 d=M244,72L241,69L244,66
text.value x=252 y=100 text-anchor=middle
tspan x=252 dy=0.35em "< 2 op 3"
g.cell.more-than.valued data-key=municipality-whatsapp
rect.box.y2017 x=290 y=56 rx=3 width=68 height=62
circle.dot.more-than.y2017 cx=324 cy=69 r=6
path.bound.y2017 d=M332,66L335,69L332,72
text.value x=324 y=100 text-anchor=middle
tspan x=324 dy=0.35em "> 1 op 10"
g.cell.exact.valued data-key=ocmw-social-media
rect.box.y2017 x=2 y=142 rx=3 width=68 height=62
circle.dot.exact.y2017 cx=36 cy=155 r=6
text.value x=36 y=186 text-anchor=middle
tspan x=36 dy=0.35em "67%"
g.cell.none data-key=ocmw-facebook
rect.box.y2017 x=74 y=142 rx=3 width=68 height=62
text.value x=108 y=186 text-anchor=middle
tspan x=108 dy=0.35em "geen cijfer"
g.cell.about.valued data-key=ocmw-twitter
rect.box.y2017 x=146 y=142 rx=3 width=68 height=62
circle.dot.about.y2017 cx=180 cy=155 r=6
text.value x=180 y=186 text-anchor=middle
tspan x=180 dy=0.35em "≈ 1 op 3"
g.cell.about.valued data-key=ocmw-instagram
rect.box.y2017 x=218 y=142 rx=3 width=68 height=62
circle.dot.about.y2017 cx=252 cy=155 r=6
text.value x=252 y=186 text-anchor=middle
tspan x=252 dy=0.35em "≈ 1 op 3"
g.cell.none data-key=ocmw-whatsapp
rect.box.y2017 x=290 y=142 rx=3 width=68 height=62
text.value x=324 y=186 text-anchor=middle
tspan x=324 dy=0.35em "geen cijfer"
g.cell.none data-key=police-social-media
rect.box.y2017 x=2 y=228 rx=3 width=68 height=62
text.value x=36 y=272 text-anchor=middle
tspan x=36 dy=0.35em "geen cijfer"
g.cell.silent data-key=police-facebook
rect.box.y2017 x=74 y=228 rx=3 width=68 height=62
text.value x=108 y=264 text-anchor=middle
tspan x=108 dy=0.35em "niet in het"
tspan x=108 dy=1.23em "artikel"
g.cell.silent data-key=police-twitter
rect.box.y2017 x=146 y=228 rx=3 width=68 height=62
text.value x=180 y=264 text-anchor=middle
tspan x=180 dy=0.35em "niet in het"
tspan x=180 dy=1.23em "artikel"
g.cell.about.valued data-key=police-instagram
rect.box.y2017 x=218 y=228 rx=3 width=68 height=62
circle.dot.about.y2017 cx=252 cy=241 r=6
text.value x=252 y=272 text-anchor=middle
tspan x=252 dy=0.35em "≈ 1 op 5"
g.cell.about.valued data-key=police-whatsapp
rect.box.y2017 x=290 y=228 rx=3 width=68 height=62
circle.dot.about.y2017 cx=324 cy=241 r=6
text.value x=324 y=272 text-anchor=middle
tspan x=324 dy=0.35em "≈ 1 op 5"
g.cell.none data-key=fire-social-media
rect.box.y2017 x=2 y=314 rx=3 width=68 height=62
text.value x=36 y=358 text-anchor=middle
tspan x=36 dy=0.35em "geen cijfer"
g.cell.silent data-key=fire-facebook
rect.box.y2017 x=74 y=314 rx=3 width=68 height=62
text.value x=108 y=350 text-anchor=middle
tspan x=108 dy=0.35em "niet in het"
tspan x=108 dy=1.23em "artikel"
g.cell.silent data-key=fire-twitter
rect.box.y2017 x=146 y=314 rx=3 width=68 height=62
text.value x=180 y=350 text-anchor=middle
tspan x=180 dy=0.35em "niet in het"
tspan x=180 dy=1.23em "artikel"
g.cell.exact.valued data-key=fire-instagram
rect.box.y2017 x=218 y=314 rx=3 width=68 height=62
circle.dot.exact.y2017 cx=252 cy=327 r=6
text.value x=252 y=350 text-anchor=middle
tspan x=252 dy=0.35em "57%"
tspan x=252 dy=1.23em "(n ≤ 20)"
g.cell.about.valued data-key=fire-whatsapp
rect.box.y2017 x=290 y=314 rx=3 width=68 height=62
circle.dot.about.y2017 cx=324 cy=327 r=6
text.value x=324 y=350 text-anchor=middle
tspan x=324 dy=0.35em "≈ 1 op 10"
tspan x=324 dy=1.23em "(n ≤ 20)"
g.cell.none data-key=all-social-media
rect.box.y2017 x=2 y=400 rx=3 width=68 height=62
text.value x=36 y=444 text-anchor=middle
tspan x=36 dy=0.35em "geen cijfer"
g.cell.none data-key=all-facebook
rect.box.y2017 x=74 y=400 rx=3 width=68 height=62
text.value x=108 y=444 text-anchor=middle
tspan x=108 dy=0.35em "geen cijfer"
g.cell.none data-key=all-twitter
rect.box.y2017 x=146 y=400 rx=3 width=68 height=62
text.value x=180 y=444 text-anchor=middle
tspan x=180 dy=0.35em "geen cijfer"
g.cell.none data-key=all-instagram
rect.box.y2017 x=218 y=400 rx=3 width=68 height=62
text.value x=252 y=444 text-anchor=middle
tspan x=252 dy=0.35em "geen cijfer"
g.cell.none data-key=all-whatsapp
rect.box.y2017 x=290 y=400 rx=3 width=68 height=62
text.value x=324 y=444 text-anchor=middle
tspan x=324 dy=0.35em "geen cijfer"
g.hits 
rect.hit x=2 y=56 rx=0 width=68 height=62 data-key=municipality-social-media aria-label=Gemeenten, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=74 y=56 rx=0 width=68 height=62 data-key=municipality-facebook aria-label=Gemeenten, Facebook, 2017: niet in het artikel
rect.hit x=146 y=56 rx=0 width=68 height=62 data-key=municipality-twitter aria-label=Gemeenten, Twitter, 2017: niet in het artikel
rect.hit x=218 y=56 rx=0 width=68 height=62 data-key=municipality-instagram aria-label=Gemeenten, Instagram, 2017: bijna 2 op 3 (< 67%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=290 y=56 rx=0 width=68 height=62 data-key=municipality-whatsapp aria-label=Gemeenten, WhatsApp, 2017: meer dan 1 op 10 (> 10%). In het artikel: “bij gemeenten iets meer dan één op 10”
rect.hit x=2 y=142 rx=0 width=68 height=62 data-key=ocmw-social-media aria-label=OCMW’s, Sociale media, 2017: 67%
rect.hit x=74 y=142 rx=0 width=68 height=62 data-key=ocmw-facebook aria-label=OCMW’s, Facebook, 2017: geen cijfer. In het artikel: “Vooral Facebook is populair.”
rect.hit x=146 y=142 rx=0 width=68 height=62 data-key=ocmw-twitter aria-label=OCMW’s, Twitter, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “Twitter blijft steken op één op drie.”
rect.hit x=218 y=142 rx=0 width=68 height=62 data-key=ocmw-instagram aria-label=OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “is nu één op drie OCMW’s actief op Instagram”
rect.hit x=290 y=142 rx=0 width=68 height=62 data-key=ocmw-whatsapp aria-label=OCMW’s, WhatsApp, 2017: geen cijfer. In het artikel: “OCMW’s maken weinig gebruik van WhatsApp”
rect.hit x=2 y=228 rx=0 width=68 height=62 data-key=police-social-media aria-label=Politiezones, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=74 y=228 rx=0 width=68 height=62 data-key=police-facebook aria-label=Politiezones, Facebook, 2017: niet in het artikel
rect.hit x=146 y=228 rx=0 width=68 height=62 data-key=police-twitter aria-label=Politiezones, Twitter, 2017: niet in het artikel
rect.hit x=218 y=228 rx=0 width=68 height=62 data-key=police-instagram aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=290 y=228 rx=0 width=68 height=62 data-key=police-whatsapp aria-label=Politiezones, WhatsApp, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “Eén op vijf politiezones is aanwezig op WhatsApp”
rect.hit x=2 y=314 rx=0 width=68 height=62 data-key=fire-social-media aria-label=Brandweerzones, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=74 y=314 rx=0 width=68 height=62 data-key=fire-facebook aria-label=Brandweerzones, Facebook, 2017: niet in het artikel
rect.hit x=146 y=314 rx=0 width=68 height=62 data-key=fire-twitter aria-label=Brandweerzones, Twitter, 2017: niet in het artikel
rect.hit x=218 y=314 rx=0 width=68 height=62 data-key=fire-instagram aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
rect.hit x=290 y=314 rx=0 width=68 height=62 data-key=fire-whatsapp aria-label=Brandweerzones, WhatsApp, 2017: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones). In het artikel: “ook bij de brandweerzones ligt dit op ongeveer één op tien”
rect.hit x=2 y=400 rx=0 width=68 height=62 data-key=all-social-media aria-label=Algemeen, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=74 y=400 rx=0 width=68 height=62 data-key=all-facebook aria-label=Algemeen, Facebook, 2017: geen cijfer. In het artikel: “In het algemeen zijn vooral Twitter en Facebook populair”
rect.hit x=146 y=400 rx=0 width=68 height=62 data-key=all-twitter aria-label=Algemeen, Twitter, 2017: geen cijfer. In het artikel: “In het algemeen zijn vooral Twitter en Facebook populair”
rect.hit x=218 y=400 rx=0 width=68 height=62 data-key=all-instagram aria-label=Algemeen, Instagram, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
rect.hit x=290 y=400 rx=0 width=68 height=62 data-key=all-whatsapp aria-label=Algemeen, WhatsApp, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Gemeenten | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Instagram | 2017 | bijna 2 op 3 (< 67%) | bijna / minder dan (bovengrens) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | WhatsApp | 2017 | meer dan 1 op 10 (> 10%) | meer dan (ondergrens) | bij gemeenten iets meer dan één op 10
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | Vooral Facebook is populair.
row: OCMW’s | Twitter | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | Twitter blijft steken op één op drie.
row: OCMW’s | Instagram | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | is nu één op drie OCMW’s actief op Instagram
row: OCMW’s | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | OCMW’s maken weinig gebruik van WhatsApp
row: Politiezones | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Politiezones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Politiezones | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | WhatsApp | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Brandweerzones | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Brandweerzones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | WhatsApp | 2017 | ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) | ongeveer (woordbreuk) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Algemeen | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Algemeen | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | In het algemeen zijn vooral Twitter en Facebook populair
row: Algemeen | Twitter | 2017 | geen cijfer | geen cijfer in het artikel | In het algemeen zijn vooral Twitter en Facebook populair
row: Algemeen | Instagram | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt
row: Algemeen | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot platform-matrix {"year":"2017"} narrow nl */

snapshots["platform-matrix {\"year\":\"2017\"} narrow en"] = 
`title: Who is on which platform: respondents, 2017
summary: 9 pairs with a figure (highest: OCMWs, Social media, 67%), 10 without a figure (words only), 6 the article says nothing about.
svg width=360 height=466 aria-label=Share of respondents by kind of organisation and platform, 2017 viewBox=0 0 360 466
g 
defs 
pattern width=6 height=6
path.hatch d=M0 0V6
g.heads 
text.name x=36 y=12 text-anchor=middle
title  "Social media"
tspan x=36 dy=0 "Social"
tspan x=36 dy=1.23em "media"
text.name x=108 y=12 text-anchor=middle
title  "Facebook"
tspan x=108 dy=0 "Facebook"
text.name x=180 y=12 text-anchor=middle
title  "Twitter"
tspan x=180 dy=0 "Twitter"
text.name x=252 y=12 text-anchor=middle
title  "Instagram"
tspan x=252 dy=0 "Instagram"
text.name x=324 y=12 text-anchor=middle
title  "WhatsApp"
tspan x=324 dy=0 "WhatsApp"
g.names 
text.name x=0 y=46 dy=0.35em "Municipalities"
text.name x=0 y=132 dy=0.35em "OCMWs"
text.name x=0 y=218 dy=0.35em "Police zones"
text.name x=0 y=304 dy=0.35em "Fire zones"
text.name x=0 y=390 dy=0.35em "Overall"
g.cells 
g.cell.none data-key=municipality-social-media
rect.box.y2017 x=2 y=56 rx=3 width=68 height=62
text.value x=36 y=100 text-anchor=middle
tspan x=36 dy=0.35em "no figure"
g.cell.silent data-key=municipality-facebook
rect.box.y2017 x=74 y=56 rx=3 width=68 height=62
text.value x=108 y=92 text-anchor=middle
tspan x=108 dy=0.35em "not in the"
tspan x=108 dy=1.23em "article"
g.cell.silent data-key=municipality-twitter
rect.box.y2017 x=146 y=56 rx=3 width=68 height=62
text.value x=180 y=92 text-anchor=middle
tspan x=180 dy=0.35em "not in the"
tspan x=180 dy=1.23em "article"
g.cell.less-than.valued data-key=municipality-instagram
rect.box.y2017 x=218 y=56 rx=3 width=68 height=62
circle.dot.less-than.y2017 cx=252 cy=69 r=6
path.bound.y2017 d=M244,72L241,69L244,66
text.value x=252 y=100 text-anchor=middle
tspan x=252 dy=0.35em "< 2 in 3"
g.cell.more-than.valued data-key=municipality-whatsapp
rect.box.y2017 x=290 y=56 rx=3 width=68 height=62
circle.dot.more-than.y2017 cx=324 cy=69 r=6
path.bound.y2017 d=M332,66L335,69L332,72
text.value x=324 y=100 text-anchor=middle
tspan x=324 dy=0.35em "> 1 in 10"
g.cell.exact.valued data-key=ocmw-social-media
rect.box.y2017 x=2 y=142 rx=3 width=68 height=62
circle.dot.exact.y2017 cx=36 cy=155 r=6
text.value x=36 y=186 text-anchor=middle
tspan x=36 dy=0.35em "67%"
g.cell.none data-key=ocmw-facebook
rect.box.y2017 x=74 y=142 rx=3 width=68 height=62
text.value x=108 y=186 text-anchor=middle
tspan x=108 dy=0.35em "no figure"
g.cell.about.valued data-key=ocmw-twitter
rect.box.y2017 x=146 y=142 rx=3 width=68 height=62
circle.dot.about.y2017 cx=180 cy=155 r=6
text.value x=180 y=186 text-anchor=middle
tspan x=180 dy=0.35em "≈ 1 in 3"
g.cell.about.valued data-key=ocmw-instagram
rect.box.y2017 x=218 y=142 rx=3 width=68 height=62
circle.dot.about.y2017 cx=252 cy=155 r=6
text.value x=252 y=186 text-anchor=middle
tspan x=252 dy=0.35em "≈ 1 in 3"
g.cell.none data-key=ocmw-whatsapp
rect.box.y2017 x=290 y=142 rx=3 width=68 height=62
text.value x=324 y=186 text-anchor=middle
tspan x=324 dy=0.35em "no figure"
g.cell.none data-key=police-social-media
rect.box.y2017 x=2 y=228 rx=3 width=68 height=62
text.value x=36 y=272 text-anchor=middle
tspan x=36 dy=0.35em "no figure"
g.cell.silent data-key=police-facebook
rect.box.y2017 x=74 y=228 rx=3 width=68 height=62
text.value x=108 y=264 text-anchor=middle
tspan x=108 dy=0.35em "not in the"
tspan x=108 dy=1.23em "article"
g.cell.silent data-key=police-twitter
rect.box.y2017 x=146 y=228 rx=3 width=68 height=62
text.value x=180 y=264 text-anchor=middle
tspan x=180 dy=0.35em "not in the"
tspan x=180 dy=1.23em "article"
g.cell.about.valued data-key=police-instagram
rect.box.y2017 x=218 y=228 rx=3 width=68 height=62
circle.dot.about.y2017 cx=252 cy=241 r=6
text.value x=252 y=272 text-anchor=middle
tspan x=252 dy=0.35em "≈ 1 in 5"
g.cell.about.valued data-key=police-whatsapp
rect.box.y2017 x=290 y=228 rx=3 width=68 height=62
circle.dot.about.y2017 cx=324 cy=241 r=6
text.value x=324 y=272 text-anchor=middle
tspan x=324 dy=0.35em "≈ 1 in 5"
g.cell.none data-key=fire-social-media
rect.box.y2017 x=2 y=314 rx=3 width=68 height=62
text.value x=36 y=358 text-anchor=middle
tspan x=36 dy=0.35em "no figure"
g.cell.silent data-key=fire-facebook
rect.box.y2017 x=74 y=314 rx=3 width=68 height=62
text.value x=108 y=350 text-anchor=middle
tspan x=108 dy=0.35em "not in the"
tspan x=108 dy=1.23em "article"
g.cell.silent data-key=fire-twitter
rect.box.y2017 x=146 y=314 rx=3 width=68 height=62
text.value x=180 y=350 text-anchor=middle
tspan x=180 dy=0.35em "not in the"
tspan x=180 dy=1.23em "article"
g.cell.exact.valued data-key=fire-instagram
rect.box.y2017 x=218 y=314 rx=3 width=68 height=62
circle.dot.exact.y2017 cx=252 cy=327 r=6
text.value x=252 y=350 text-anchor=middle
tspan x=252 dy=0.35em "57%"
tspan x=252 dy=1.23em "(n ≤ 20)"
g.cell.about.valued data-key=fire-whatsapp
rect.box.y2017 x=290 y=314 rx=3 width=68 height=62
circle.dot.about.y2017 cx=324 cy=327 r=6
text.value x=324 y=350 text-anchor=middle
tspan x=324 dy=0.35em "≈ 1 in 10"
tspan x=324 dy=1.23em "(n ≤ 20)"
g.cell.none data-key=all-social-media
rect.box.y2017 x=2 y=400 rx=3 width=68 height=62
text.value x=36 y=444 text-anchor=middle
tspan x=36 dy=0.35em "no figure"
g.cell.none data-key=all-facebook
rect.box.y2017 x=74 y=400 rx=3 width=68 height=62
text.value x=108 y=444 text-anchor=middle
tspan x=108 dy=0.35em "no figure"
g.cell.none data-key=all-twitter
rect.box.y2017 x=146 y=400 rx=3 width=68 height=62
text.value x=180 y=444 text-anchor=middle
tspan x=180 dy=0.35em "no figure"
g.cell.none data-key=all-instagram
rect.box.y2017 x=218 y=400 rx=3 width=68 height=62
text.value x=252 y=444 text-anchor=middle
tspan x=252 dy=0.35em "no figure"
g.cell.none data-key=all-whatsapp
rect.box.y2017 x=290 y=400 rx=3 width=68 height=62
text.value x=324 y=444 text-anchor=middle
tspan x=324 dy=0.35em "no figure"
g.hits 
rect.hit x=2 y=56 rx=0 width=68 height=62 data-key=municipality-social-media aria-label=Municipalities, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=74 y=56 rx=0 width=68 height=62 data-key=municipality-facebook aria-label=Municipalities, Facebook, 2017: not in the article
rect.hit x=146 y=56 rx=0 width=68 height=62 data-key=municipality-twitter aria-label=Municipalities, Twitter, 2017: not in the article
rect.hit x=218 y=56 rx=0 width=68 height=62 data-key=municipality-instagram aria-label=Municipalities, Instagram, 2017: almost 2 in 3 (< 67%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=290 y=56 rx=0 width=68 height=62 data-key=municipality-whatsapp aria-label=Municipalities, WhatsApp, 2017: more than 1 in 10 (> 10%). In the article: “among municipalities a little more than one in 10”
rect.hit x=2 y=142 rx=0 width=68 height=62 data-key=ocmw-social-media aria-label=OCMWs, Social media, 2017: 67%
rect.hit x=74 y=142 rx=0 width=68 height=62 data-key=ocmw-facebook aria-label=OCMWs, Facebook, 2017: no figure. In the article: “Facebook above all is popular.”
rect.hit x=146 y=142 rx=0 width=68 height=62 data-key=ocmw-twitter aria-label=OCMWs, Twitter, 2017: about 1 in 3 (≈ 33%). In the article: “Twitter remains stuck at one in three.”
rect.hit x=218 y=142 rx=0 width=68 height=62 data-key=ocmw-instagram aria-label=OCMWs, Instagram, 2017: about 1 in 3 (≈ 33%). In the article: “one in three OCMWs is now active on Instagram”
rect.hit x=290 y=142 rx=0 width=68 height=62 data-key=ocmw-whatsapp aria-label=OCMWs, WhatsApp, 2017: no figure. In the article: “OCMWs make little use of WhatsApp”
rect.hit x=2 y=228 rx=0 width=68 height=62 data-key=police-social-media aria-label=Police zones, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=74 y=228 rx=0 width=68 height=62 data-key=police-facebook aria-label=Police zones, Facebook, 2017: not in the article
rect.hit x=146 y=228 rx=0 width=68 height=62 data-key=police-twitter aria-label=Police zones, Twitter, 2017: not in the article
rect.hit x=218 y=228 rx=0 width=68 height=62 data-key=police-instagram aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=290 y=228 rx=0 width=68 height=62 data-key=police-whatsapp aria-label=Police zones, WhatsApp, 2017: about 1 in 5 (≈ 20%). In the article: “One in five police zones is present on WhatsApp”
rect.hit x=2 y=314 rx=0 width=68 height=62 data-key=fire-social-media aria-label=Fire zones, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=74 y=314 rx=0 width=68 height=62 data-key=fire-facebook aria-label=Fire zones, Facebook, 2017: not in the article
rect.hit x=146 y=314 rx=0 width=68 height=62 data-key=fire-twitter aria-label=Fire zones, Twitter, 2017: not in the article
rect.hit x=218 y=314 rx=0 width=68 height=62 data-key=fire-instagram aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
rect.hit x=290 y=314 rx=0 width=68 height=62 data-key=fire-whatsapp aria-label=Fire zones, WhatsApp, 2017: about 1 in 10 (≈ 10%; at most 20 fire zones). In the article: “among fire zones too it is about one in ten”
rect.hit x=2 y=400 rx=0 width=68 height=62 data-key=all-social-media aria-label=Overall, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=74 y=400 rx=0 width=68 height=62 data-key=all-facebook aria-label=Overall, Facebook, 2017: no figure. In the article: “In general Twitter and Facebook above all are popular”
rect.hit x=146 y=400 rx=0 width=68 height=62 data-key=all-twitter aria-label=Overall, Twitter, 2017: no figure. In the article: “In general Twitter and Facebook above all are popular”
rect.hit x=218 y=400 rx=0 width=68 height=62 data-key=all-instagram aria-label=Overall, Instagram, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
rect.hit x=290 y=400 rx=0 width=68 height=62 data-key=all-whatsapp aria-label=Overall, WhatsApp, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Municipalities | Facebook | 2017 | not in the article | not in the article | —
row: Municipalities | Twitter | 2017 | not in the article | not in the article | —
row: Municipalities | Instagram | 2017 | almost 2 in 3 (< 67%) | almost / less than (upper bound) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | WhatsApp | 2017 | more than 1 in 10 (> 10%) | more than (lower bound) | bij gemeenten iets meer dan één op 10
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Facebook | 2017 | no figure | no figure in the article | Vooral Facebook is populair.
row: OCMWs | Twitter | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | Twitter blijft steken op één op drie.
row: OCMWs | Instagram | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | is nu één op drie OCMW’s actief op Instagram
row: OCMWs | WhatsApp | 2017 | no figure | no figure in the article | OCMW’s maken weinig gebruik van WhatsApp
row: Police zones | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Police zones | Facebook | 2017 | not in the article | not in the article | —
row: Police zones | Twitter | 2017 | not in the article | not in the article | —
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | WhatsApp | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Fire zones | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Fire zones | Facebook | 2017 | not in the article | not in the article | —
row: Fire zones | Twitter | 2017 | not in the article | not in the article | —
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | WhatsApp | 2017 | about 1 in 10 (≈ 10%; at most 20 fire zones) | about (word fraction) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Overall | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Overall | Facebook | 2017 | no figure | no figure in the article | In het algemeen zijn vooral Twitter en Facebook populair
row: Overall | Twitter | 2017 | no figure | no figure in the article | In het algemeen zijn vooral Twitter en Facebook populair
row: Overall | Instagram | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt
row: Overall | WhatsApp | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot platform-matrix {"year":"2017"} narrow en */

snapshots["platform-matrix {\"year\":\"2017\"} wide nl"] = 
`title: Wie zit op welk platform: respondenten, 2017
summary: 9 combinaties met een cijfer (het hoogste: OCMW’s, Sociale media, 67%), 10 zonder cijfer (alleen woorden), over 6 zegt het artikel niets.
svg width=900 height=220 aria-label=Aandeel van de respondenten per soort bestuur en platform, 2017 viewBox=0 0 900 220
g 
defs 
pattern width=6 height=6
path.hatch d=M0 0V6
g.heads 
text.name x=186.6 y=12 text-anchor=middle
title  "Sociale media"
tspan x=186.6 dy=0 "Sociale media"
text.name x=345.1 y=12 text-anchor=middle
title  "Facebook"
tspan x=345.1 dy=0 "Facebook"
text.name x=503.6 y=12 text-anchor=middle
title  "Twitter"
tspan x=503.6 dy=0 "Twitter"
text.name x=662.2 y=12 text-anchor=middle
title  "Instagram"
tspan x=662.2 dy=0 "Instagram"
text.name x=820.7 y=12 text-anchor=middle
title  "WhatsApp"
tspan x=820.7 dy=0 "WhatsApp"
g.names 
text.name x=0 y=38 dy=0.35em "Gemeenten"
text.name x=0 y=78 dy=0.35em "OCMW’s"
text.name x=0 y=118 dy=0.35em "Politiezones"
text.name x=0 y=158 dy=0.35em "Brandweerzones"
text.name x=0 y=198 dy=0.35em "Algemeen"
g.cells 
g.cell.none data-key=municipality-social-media
rect.box.y2017 x=109.3 y=20 rx=3 width=154.5 height=36
text.value x=139.3 y=38 text-anchor=start
tspan x=139.3 dy=0.35em "geen cijfer"
g.cell.silent data-key=municipality-facebook
rect.box.y2017 x=267.8 y=20 rx=3 width=154.5 height=36
text.value x=297.8 y=38 text-anchor=start
tspan x=297.8 dy=0.35em "niet in het artikel"
g.cell.silent data-key=municipality-twitter
rect.box.y2017 x=426.4 y=20 rx=3 width=154.5 height=36
text.value x=456.4 y=38 text-anchor=start
tspan x=456.4 dy=0.35em "niet in het artikel"
g.cell.less-than.valued data-key=municipality-instagram
rect.box.y2017 x=584.9 y=20 rx=3 width=154.5 height=36
circle.dot.less-than.y2017 cx=599.9 cy=38 r=6
path.bound.y2017 d=M591.9,41L588.9,38L591.9,35
text.value x=614.9 y=38 text-anchor=start
tspan x=614.9 dy=0.35em "< 2 op 3"
g.cell.more-than.valued data-key=municipality-whatsapp
rect.box.y2017 x=743.5 y=20 rx=3 width=154.5 height=36
circle.dot.more-than.y2017 cx=758.5 cy=38 r=6
path.bound.y2017 d=M766.5,35L769.5,38L766.5,41
text.value x=773.5 y=38 text-anchor=start
tspan x=773.5 dy=0.35em "> 1 op 10"
g.cell.exact.valued data-key=ocmw-social-media
rect.box.y2017 x=109.3 y=60 rx=3 width=154.5 height=36
circle.dot.exact.y2017 cx=124.3 cy=78 r=6
text.value x=139.3 y=78 text-anchor=start
tspan x=139.3 dy=0.35em "67%"
g.cell.none data-key=ocmw-facebook
rect.box.y2017 x=267.8 y=60 rx=3 width=154.5 height=36
text.value x=297.8 y=78 text-anchor=start
tspan x=297.8 dy=0.35em "geen cijfer"
g.cell.about.valued data-key=ocmw-twitter
rect.box.y2017 x=426.4 y=60 rx=3 width=154.5 height=36
circle.dot.about.y2017 cx=441.4 cy=78 r=6
text.value x=456.4 y=78 text-anchor=start
tspan x=456.4 dy=0.35em "≈ 1 op 3"
g.cell.about.valued data-key=ocmw-instagram
rect.box.y2017 x=584.9 y=60 rx=3 width=154.5 height=36
circle.dot.about.y2017 cx=599.9 cy=78 r=6
text.value x=614.9 y=78 text-anchor=start
tspan x=614.9 dy=0.35em "≈ 1 op 3"
g.cell.none data-key=ocmw-whatsapp
rect.box.y2017 x=743.5 y=60 rx=3 width=154.5 height=36
text.value x=773.5 y=78 text-anchor=start
tspan x=773.5 dy=0.35em "geen cijfer"
g.cell.none data-key=police-social-media
rect.box.y2017 x=109.3 y=100 rx=3 width=154.5 height=36
text.value x=139.3 y=118 text-anchor=start
tspan x=139.3 dy=0.35em "geen cijfer"
g.cell.silent data-key=police-facebook
rect.box.y2017 x=267.8 y=100 rx=3 width=154.5 height=36
text.value x=297.8 y=118 text-anchor=start
tspan x=297.8 dy=0.35em "niet in het artikel"
g.cell.silent data-key=police-twitter
rect.box.y2017 x=426.4 y=100 rx=3 width=154.5 height=36
text.value x=456.4 y=118 text-anchor=start
tspan x=456.4 dy=0.35em "niet in het artikel"
g.cell.about.valued data-key=police-instagram
rect.box.y2017 x=584.9 y=100 rx=3 width=154.5 height=36
circle.dot.about.y2017 cx=599.9 cy=118 r=6
text.value x=614.9 y=118 text-anchor=start
tspan x=614.9 dy=0.35em "≈ 1 op 5"
g.cell.about.valued data-key=police-whatsapp
rect.box.y2017 x=743.5 y=100 rx=3 width=154.5 height=36
circle.dot.about.y2017 cx=758.5 cy=118 r=6
text.value x=773.5 y=118 text-anchor=start
tspan x=773.5 dy=0.35em "≈ 1 op 5"
g.cell.none data-key=fire-social-media
rect.box.y2017 x=109.3 y=140 rx=3 width=154.5 height=36
text.value x=139.3 y=158 text-anchor=start
tspan x=139.3 dy=0.35em "geen cijfer"
g.cell.silent data-key=fire-facebook
rect.box.y2017 x=267.8 y=140 rx=3 width=154.5 height=36
text.value x=297.8 y=158 text-anchor=start
tspan x=297.8 dy=0.35em "niet in het artikel"
g.cell.silent data-key=fire-twitter
rect.box.y2017 x=426.4 y=140 rx=3 width=154.5 height=36
text.value x=456.4 y=158 text-anchor=start
tspan x=456.4 dy=0.35em "niet in het artikel"
g.cell.exact.valued data-key=fire-instagram
rect.box.y2017 x=584.9 y=140 rx=3 width=154.5 height=36
circle.dot.exact.y2017 cx=599.9 cy=158 r=6
text.value x=614.9 y=158 text-anchor=start
tspan x=614.9 dy=0.35em "57% (n ≤ 20)"
g.cell.about.valued data-key=fire-whatsapp
rect.box.y2017 x=743.5 y=140 rx=3 width=154.5 height=36
circle.dot.about.y2017 cx=758.5 cy=158 r=6
text.value x=773.5 y=158 text-anchor=start
tspan x=773.5 dy=0.35em "≈ 1 op 10 (n ≤ 20)"
g.cell.none data-key=all-social-media
rect.box.y2017 x=109.3 y=180 rx=3 width=154.5 height=36
text.value x=139.3 y=198 text-anchor=start
tspan x=139.3 dy=0.35em "geen cijfer"
g.cell.none data-key=all-facebook
rect.box.y2017 x=267.8 y=180 rx=3 width=154.5 height=36
text.value x=297.8 y=198 text-anchor=start
tspan x=297.8 dy=0.35em "geen cijfer"
g.cell.none data-key=all-twitter
rect.box.y2017 x=426.4 y=180 rx=3 width=154.5 height=36
text.value x=456.4 y=198 text-anchor=start
tspan x=456.4 dy=0.35em "geen cijfer"
g.cell.none data-key=all-instagram
rect.box.y2017 x=584.9 y=180 rx=3 width=154.5 height=36
text.value x=614.9 y=198 text-anchor=start
tspan x=614.9 dy=0.35em "geen cijfer"
g.cell.none data-key=all-whatsapp
rect.box.y2017 x=743.5 y=180 rx=3 width=154.5 height=36
text.value x=773.5 y=198 text-anchor=start
tspan x=773.5 dy=0.35em "geen cijfer"
g.hits 
rect.hit x=109.3 y=20 rx=0 width=154.5 height=36 data-key=municipality-social-media aria-label=Gemeenten, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=267.8 y=20 rx=0 width=154.5 height=36 data-key=municipality-facebook aria-label=Gemeenten, Facebook, 2017: niet in het artikel
rect.hit x=426.4 y=20 rx=0 width=154.5 height=36 data-key=municipality-twitter aria-label=Gemeenten, Twitter, 2017: niet in het artikel
rect.hit x=584.9 y=20 rx=0 width=154.5 height=36 data-key=municipality-instagram aria-label=Gemeenten, Instagram, 2017: bijna 2 op 3 (< 67%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=743.5 y=20 rx=0 width=154.5 height=36 data-key=municipality-whatsapp aria-label=Gemeenten, WhatsApp, 2017: meer dan 1 op 10 (> 10%). In het artikel: “bij gemeenten iets meer dan één op 10”
rect.hit x=109.3 y=60 rx=0 width=154.5 height=36 data-key=ocmw-social-media aria-label=OCMW’s, Sociale media, 2017: 67%
rect.hit x=267.8 y=60 rx=0 width=154.5 height=36 data-key=ocmw-facebook aria-label=OCMW’s, Facebook, 2017: geen cijfer. In het artikel: “Vooral Facebook is populair.”
rect.hit x=426.4 y=60 rx=0 width=154.5 height=36 data-key=ocmw-twitter aria-label=OCMW’s, Twitter, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “Twitter blijft steken op één op drie.”
rect.hit x=584.9 y=60 rx=0 width=154.5 height=36 data-key=ocmw-instagram aria-label=OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel: “is nu één op drie OCMW’s actief op Instagram”
rect.hit x=743.5 y=60 rx=0 width=154.5 height=36 data-key=ocmw-whatsapp aria-label=OCMW’s, WhatsApp, 2017: geen cijfer. In het artikel: “OCMW’s maken weinig gebruik van WhatsApp”
rect.hit x=109.3 y=100 rx=0 width=154.5 height=36 data-key=police-social-media aria-label=Politiezones, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=267.8 y=100 rx=0 width=154.5 height=36 data-key=police-facebook aria-label=Politiezones, Facebook, 2017: niet in het artikel
rect.hit x=426.4 y=100 rx=0 width=154.5 height=36 data-key=police-twitter aria-label=Politiezones, Twitter, 2017: niet in het artikel
rect.hit x=584.9 y=100 rx=0 width=154.5 height=36 data-key=police-instagram aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=743.5 y=100 rx=0 width=154.5 height=36 data-key=police-whatsapp aria-label=Politiezones, WhatsApp, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “Eén op vijf politiezones is aanwezig op WhatsApp”
rect.hit x=109.3 y=140 rx=0 width=154.5 height=36 data-key=fire-social-media aria-label=Brandweerzones, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=267.8 y=140 rx=0 width=154.5 height=36 data-key=fire-facebook aria-label=Brandweerzones, Facebook, 2017: niet in het artikel
rect.hit x=426.4 y=140 rx=0 width=154.5 height=36 data-key=fire-twitter aria-label=Brandweerzones, Twitter, 2017: niet in het artikel
rect.hit x=584.9 y=140 rx=0 width=154.5 height=36 data-key=fire-instagram aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
rect.hit x=743.5 y=140 rx=0 width=154.5 height=36 data-key=fire-whatsapp aria-label=Brandweerzones, WhatsApp, 2017: ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones). In het artikel: “ook bij de brandweerzones ligt dit op ongeveer één op tien”
rect.hit x=109.3 y=180 rx=0 width=154.5 height=36 data-key=all-social-media aria-label=Algemeen, Sociale media, 2017: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=267.8 y=180 rx=0 width=154.5 height=36 data-key=all-facebook aria-label=Algemeen, Facebook, 2017: geen cijfer. In het artikel: “In het algemeen zijn vooral Twitter en Facebook populair”
rect.hit x=426.4 y=180 rx=0 width=154.5 height=36 data-key=all-twitter aria-label=Algemeen, Twitter, 2017: geen cijfer. In het artikel: “In het algemeen zijn vooral Twitter en Facebook populair”
rect.hit x=584.9 y=180 rx=0 width=154.5 height=36 data-key=all-instagram aria-label=Algemeen, Instagram, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
rect.hit x=743.5 y=180 rx=0 width=154.5 height=36 data-key=all-whatsapp aria-label=Algemeen, WhatsApp, 2017: geen cijfer. In het artikel: “maar ook Instagram en WhatsApp worden meer en meer gebruikt”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Gemeenten | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Instagram | 2017 | bijna 2 op 3 (< 67%) | bijna / minder dan (bovengrens) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | WhatsApp | 2017 | meer dan 1 op 10 (> 10%) | meer dan (ondergrens) | bij gemeenten iets meer dan één op 10
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | Vooral Facebook is populair.
row: OCMW’s | Twitter | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | Twitter blijft steken op één op drie.
row: OCMW’s | Instagram | 2017 | ongeveer 1 op 3 (≈ 33%) | ongeveer (woordbreuk) | is nu één op drie OCMW’s actief op Instagram
row: OCMW’s | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | OCMW’s maken weinig gebruik van WhatsApp
row: Politiezones | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Politiezones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Politiezones | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | WhatsApp | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Brandweerzones | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Brandweerzones | Facebook | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Twitter | 2017 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | WhatsApp | 2017 | ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones) | ongeveer (woordbreuk) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Algemeen | Sociale media | 2017 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Algemeen | Facebook | 2017 | geen cijfer | geen cijfer in het artikel | In het algemeen zijn vooral Twitter en Facebook populair
row: Algemeen | Twitter | 2017 | geen cijfer | geen cijfer in het artikel | In het algemeen zijn vooral Twitter en Facebook populair
row: Algemeen | Instagram | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt
row: Algemeen | WhatsApp | 2017 | geen cijfer | geen cijfer in het artikel | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot platform-matrix {"year":"2017"} wide nl */

snapshots["platform-matrix {\"year\":\"2017\"} wide en"] = 
`title: Who is on which platform: respondents, 2017
summary: 9 pairs with a figure (highest: OCMWs, Social media, 67%), 10 without a figure (words only), 6 the article says nothing about.
svg width=900 height=220 aria-label=Share of respondents by kind of organisation and platform, 2017 viewBox=0 0 900 220
g 
defs 
pattern width=6 height=6
path.hatch d=M0 0V6
g.heads 
text.name x=175.1 y=12 text-anchor=middle
title  "Social media"
tspan x=175.1 dy=0 "Social media"
text.name x=336.2 y=12 text-anchor=middle
title  "Facebook"
tspan x=336.2 dy=0 "Facebook"
text.name x=497.3 y=12 text-anchor=middle
title  "Twitter"
tspan x=497.3 dy=0 "Twitter"
text.name x=658.4 y=12 text-anchor=middle
title  "Instagram"
tspan x=658.4 dy=0 "Instagram"
text.name x=819.5 y=12 text-anchor=middle
title  "WhatsApp"
tspan x=819.5 dy=0 "WhatsApp"
g.names 
text.name x=0 y=38 dy=0.35em "Municipalities"
text.name x=0 y=78 dy=0.35em "OCMWs"
text.name x=0 y=118 dy=0.35em "Police zones"
text.name x=0 y=158 dy=0.35em "Fire zones"
text.name x=0 y=198 dy=0.35em "Overall"
g.cells 
g.cell.none data-key=municipality-social-media
rect.box.y2017 x=96.6 y=20 rx=3 width=157.1 height=36
text.value x=126.6 y=38 text-anchor=start
tspan x=126.6 dy=0.35em "no figure"
g.cell.silent data-key=municipality-facebook
rect.box.y2017 x=257.7 y=20 rx=3 width=157.1 height=36
text.value x=287.7 y=38 text-anchor=start
tspan x=287.7 dy=0.35em "not in the article"
g.cell.silent data-key=municipality-twitter
rect.box.y2017 x=418.8 y=20 rx=3 width=157.1 height=36
text.value x=448.8 y=38 text-anchor=start
tspan x=448.8 dy=0.35em "not in the article"
g.cell.less-than.valued data-key=municipality-instagram
rect.box.y2017 x=579.8 y=20 rx=3 width=157.1 height=36
circle.dot.less-than.y2017 cx=594.8 cy=38 r=6
path.bound.y2017 d=M586.8,41L583.8,38L586.8,35
text.value x=609.8 y=38 text-anchor=start
tspan x=609.8 dy=0.35em "< 2 in 3"
g.cell.more-than.valued data-key=municipality-whatsapp
rect.box.y2017 x=740.9 y=20 rx=3 width=157.1 height=36
circle.dot.more-than.y2017 cx=755.9 cy=38 r=6
path.bound.y2017 d=M763.9,35L766.9,38L763.9,41
text.value x=770.9 y=38 text-anchor=start
tspan x=770.9 dy=0.35em "> 1 in 10"
g.cell.exact.valued data-key=ocmw-social-media
rect.box.y2017 x=96.6 y=60 rx=3 width=157.1 height=36
circle.dot.exact.y2017 cx=111.6 cy=78 r=6
text.value x=126.6 y=78 text-anchor=start
tspan x=126.6 dy=0.35em "67%"
g.cell.none data-key=ocmw-facebook
rect.box.y2017 x=257.7 y=60 rx=3 width=157.1 height=36
text.value x=287.7 y=78 text-anchor=start
tspan x=287.7 dy=0.35em "no figure"
g.cell.about.valued data-key=ocmw-twitter
rect.box.y2017 x=418.8 y=60 rx=3 width=157.1 height=36
circle.dot.about.y2017 cx=433.8 cy=78 r=6
text.value x=448.8 y=78 text-anchor=start
tspan x=448.8 dy=0.35em "≈ 1 in 3"
g.cell.about.valued data-key=ocmw-instagram
rect.box.y2017 x=579.8 y=60 rx=3 width=157.1 height=36
circle.dot.about.y2017 cx=594.8 cy=78 r=6
text.value x=609.8 y=78 text-anchor=start
tspan x=609.8 dy=0.35em "≈ 1 in 3"
g.cell.none data-key=ocmw-whatsapp
rect.box.y2017 x=740.9 y=60 rx=3 width=157.1 height=36
text.value x=770.9 y=78 text-anchor=start
tspan x=770.9 dy=0.35em "no figure"
g.cell.none data-key=police-social-media
rect.box.y2017 x=96.6 y=100 rx=3 width=157.1 height=36
text.value x=126.6 y=118 text-anchor=start
tspan x=126.6 dy=0.35em "no figure"
g.cell.silent data-key=police-facebook
rect.box.y2017 x=257.7 y=100 rx=3 width=157.1 height=36
text.value x=287.7 y=118 text-anchor=start
tspan x=287.7 dy=0.35em "not in the article"
g.cell.silent data-key=police-twitter
rect.box.y2017 x=418.8 y=100 rx=3 width=157.1 height=36
text.value x=448.8 y=118 text-anchor=start
tspan x=448.8 dy=0.35em "not in the article"
g.cell.about.valued data-key=police-instagram
rect.box.y2017 x=579.8 y=100 rx=3 width=157.1 height=36
circle.dot.about.y2017 cx=594.8 cy=118 r=6
text.value x=609.8 y=118 text-anchor=start
tspan x=609.8 dy=0.35em "≈ 1 in 5"
g.cell.about.valued data-key=police-whatsapp
rect.box.y2017 x=740.9 y=100 rx=3 width=157.1 height=36
circle.dot.about.y2017 cx=755.9 cy=118 r=6
text.value x=770.9 y=118 text-anchor=start
tspan x=770.9 dy=0.35em "≈ 1 in 5"
g.cell.none data-key=fire-social-media
rect.box.y2017 x=96.6 y=140 rx=3 width=157.1 height=36
text.value x=126.6 y=158 text-anchor=start
tspan x=126.6 dy=0.35em "no figure"
g.cell.silent data-key=fire-facebook
rect.box.y2017 x=257.7 y=140 rx=3 width=157.1 height=36
text.value x=287.7 y=158 text-anchor=start
tspan x=287.7 dy=0.35em "not in the article"
g.cell.silent data-key=fire-twitter
rect.box.y2017 x=418.8 y=140 rx=3 width=157.1 height=36
text.value x=448.8 y=158 text-anchor=start
tspan x=448.8 dy=0.35em "not in the article"
g.cell.exact.valued data-key=fire-instagram
rect.box.y2017 x=579.8 y=140 rx=3 width=157.1 height=36
circle.dot.exact.y2017 cx=594.8 cy=158 r=6
text.value x=609.8 y=158 text-anchor=start
tspan x=609.8 dy=0.35em "57% (n ≤ 20)"
g.cell.about.valued data-key=fire-whatsapp
rect.box.y2017 x=740.9 y=140 rx=3 width=157.1 height=36
circle.dot.about.y2017 cx=755.9 cy=158 r=6
text.value x=770.9 y=158 text-anchor=start
tspan x=770.9 dy=0.35em "≈ 1 in 10 (n ≤ 20)"
g.cell.none data-key=all-social-media
rect.box.y2017 x=96.6 y=180 rx=3 width=157.1 height=36
text.value x=126.6 y=198 text-anchor=start
tspan x=126.6 dy=0.35em "no figure"
g.cell.none data-key=all-facebook
rect.box.y2017 x=257.7 y=180 rx=3 width=157.1 height=36
text.value x=287.7 y=198 text-anchor=start
tspan x=287.7 dy=0.35em "no figure"
g.cell.none data-key=all-twitter
rect.box.y2017 x=418.8 y=180 rx=3 width=157.1 height=36
text.value x=448.8 y=198 text-anchor=start
tspan x=448.8 dy=0.35em "no figure"
g.cell.none data-key=all-instagram
rect.box.y2017 x=579.8 y=180 rx=3 width=157.1 height=36
text.value x=609.8 y=198 text-anchor=start
tspan x=609.8 dy=0.35em "no figure"
g.cell.none data-key=all-whatsapp
rect.box.y2017 x=740.9 y=180 rx=3 width=157.1 height=36
text.value x=770.9 y=198 text-anchor=start
tspan x=770.9 dy=0.35em "no figure"
g.hits 
rect.hit x=96.6 y=20 rx=0 width=157.1 height=36 data-key=municipality-social-media aria-label=Municipalities, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=257.7 y=20 rx=0 width=157.1 height=36 data-key=municipality-facebook aria-label=Municipalities, Facebook, 2017: not in the article
rect.hit x=418.8 y=20 rx=0 width=157.1 height=36 data-key=municipality-twitter aria-label=Municipalities, Twitter, 2017: not in the article
rect.hit x=579.8 y=20 rx=0 width=157.1 height=36 data-key=municipality-instagram aria-label=Municipalities, Instagram, 2017: almost 2 in 3 (< 67%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=740.9 y=20 rx=0 width=157.1 height=36 data-key=municipality-whatsapp aria-label=Municipalities, WhatsApp, 2017: more than 1 in 10 (> 10%). In the article: “among municipalities a little more than one in 10”
rect.hit x=96.6 y=60 rx=0 width=157.1 height=36 data-key=ocmw-social-media aria-label=OCMWs, Social media, 2017: 67%
rect.hit x=257.7 y=60 rx=0 width=157.1 height=36 data-key=ocmw-facebook aria-label=OCMWs, Facebook, 2017: no figure. In the article: “Facebook above all is popular.”
rect.hit x=418.8 y=60 rx=0 width=157.1 height=36 data-key=ocmw-twitter aria-label=OCMWs, Twitter, 2017: about 1 in 3 (≈ 33%). In the article: “Twitter remains stuck at one in three.”
rect.hit x=579.8 y=60 rx=0 width=157.1 height=36 data-key=ocmw-instagram aria-label=OCMWs, Instagram, 2017: about 1 in 3 (≈ 33%). In the article: “one in three OCMWs is now active on Instagram”
rect.hit x=740.9 y=60 rx=0 width=157.1 height=36 data-key=ocmw-whatsapp aria-label=OCMWs, WhatsApp, 2017: no figure. In the article: “OCMWs make little use of WhatsApp”
rect.hit x=96.6 y=100 rx=0 width=157.1 height=36 data-key=police-social-media aria-label=Police zones, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=257.7 y=100 rx=0 width=157.1 height=36 data-key=police-facebook aria-label=Police zones, Facebook, 2017: not in the article
rect.hit x=418.8 y=100 rx=0 width=157.1 height=36 data-key=police-twitter aria-label=Police zones, Twitter, 2017: not in the article
rect.hit x=579.8 y=100 rx=0 width=157.1 height=36 data-key=police-instagram aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=740.9 y=100 rx=0 width=157.1 height=36 data-key=police-whatsapp aria-label=Police zones, WhatsApp, 2017: about 1 in 5 (≈ 20%). In the article: “One in five police zones is present on WhatsApp”
rect.hit x=96.6 y=140 rx=0 width=157.1 height=36 data-key=fire-social-media aria-label=Fire zones, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=257.7 y=140 rx=0 width=157.1 height=36 data-key=fire-facebook aria-label=Fire zones, Facebook, 2017: not in the article
rect.hit x=418.8 y=140 rx=0 width=157.1 height=36 data-key=fire-twitter aria-label=Fire zones, Twitter, 2017: not in the article
rect.hit x=579.8 y=140 rx=0 width=157.1 height=36 data-key=fire-instagram aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
rect.hit x=740.9 y=140 rx=0 width=157.1 height=36 data-key=fire-whatsapp aria-label=Fire zones, WhatsApp, 2017: about 1 in 10 (≈ 10%; at most 20 fire zones). In the article: “among fire zones too it is about one in ten”
rect.hit x=96.6 y=180 rx=0 width=157.1 height=36 data-key=all-social-media aria-label=Overall, Social media, 2017: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=257.7 y=180 rx=0 width=157.1 height=36 data-key=all-facebook aria-label=Overall, Facebook, 2017: no figure. In the article: “In general Twitter and Facebook above all are popular”
rect.hit x=418.8 y=180 rx=0 width=157.1 height=36 data-key=all-twitter aria-label=Overall, Twitter, 2017: no figure. In the article: “In general Twitter and Facebook above all are popular”
rect.hit x=579.8 y=180 rx=0 width=157.1 height=36 data-key=all-instagram aria-label=Overall, Instagram, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
rect.hit x=740.9 y=180 rx=0 width=157.1 height=36 data-key=all-whatsapp aria-label=Overall, WhatsApp, 2017: no figure. In the article: “but Instagram and WhatsApp are used more and more too”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Municipalities | Facebook | 2017 | not in the article | not in the article | —
row: Municipalities | Twitter | 2017 | not in the article | not in the article | —
row: Municipalities | Instagram | 2017 | almost 2 in 3 (< 67%) | almost / less than (upper bound) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | WhatsApp | 2017 | more than 1 in 10 (> 10%) | more than (lower bound) | bij gemeenten iets meer dan één op 10
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Facebook | 2017 | no figure | no figure in the article | Vooral Facebook is populair.
row: OCMWs | Twitter | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | Twitter blijft steken op één op drie.
row: OCMWs | Instagram | 2017 | about 1 in 3 (≈ 33%) | about (word fraction) | is nu één op drie OCMW’s actief op Instagram
row: OCMWs | WhatsApp | 2017 | no figure | no figure in the article | OCMW’s maken weinig gebruik van WhatsApp
row: Police zones | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Police zones | Facebook | 2017 | not in the article | not in the article | —
row: Police zones | Twitter | 2017 | not in the article | not in the article | —
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | WhatsApp | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | Eén op vijf politiezones is aanwezig op WhatsApp
row: Fire zones | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Fire zones | Facebook | 2017 | not in the article | not in the article | —
row: Fire zones | Twitter | 2017 | not in the article | not in the article | —
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | WhatsApp | 2017 | about 1 in 10 (≈ 10%; at most 20 fire zones) | about (word fraction) | ook bij de brandweerzones ligt dit op ongeveer één op tien
row: Overall | Social media | 2017 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Overall | Facebook | 2017 | no figure | no figure in the article | In het algemeen zijn vooral Twitter en Facebook populair
row: Overall | Twitter | 2017 | no figure | no figure in the article | In het algemeen zijn vooral Twitter en Facebook populair
row: Overall | Instagram | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt
row: Overall | WhatsApp | 2017 | no figure | no figure in the article | maar ook Instagram en WhatsApp worden meer en meer gebruikt`;
/* end snapshot platform-matrix {"year":"2017"} wide en */

snapshots["platform-matrix {\"year\":\"2016\"} narrow nl"] = 
`title: Wie zit op welk platform: respondenten, 2016
summary: 4 combinaties met een cijfer (het hoogste: OCMW’s, Sociale media, 45%), 1 verwaarloosbaar, 5 zonder cijfer (alleen woorden), over 10 zegt het artikel niets.
svg width=360 height=380 aria-label=Aandeel van de respondenten per soort bestuur en platform, 2016 viewBox=0 0 360 380
g 
defs 
pattern width=6 height=6
path.hatch d=M0 0V6
g.heads 
text.name x=36 y=12 text-anchor=middle
title  "Sociale media"
tspan x=36 dy=0 "Sociale"
tspan x=36 dy=1.23em "media"
text.name x=108 y=12 text-anchor=middle
title  "Facebook"
tspan x=108 dy=0 "Facebook"
text.name x=180 y=12 text-anchor=middle
title  "Twitter"
tspan x=180 dy=0 "Twitter"
text.name x=252 y=12 text-anchor=middle
title  "Instagram"
tspan x=252 dy=0 "Instagram"
text.name x=324 y=12 text-anchor=middle
title  "WhatsApp"
tspan x=324 dy=0 "WhatsApp"
g.names 
text.name x=0 y=46 dy=0.35em "Gemeenten"
text.name x=0 y=132 dy=0.35em "OCMW’s"
text.name x=0 y=218 dy=0.35em "Politiezones"
text.name x=0 y=304 dy=0.35em "Brandweerzones"
g.cells 
g.cell.none data-key=municipality-social-media
rect.box.y2016 x=2 y=56 rx=3 width=68 height=62
text.value x=36 y=100 text-anchor=middle
tspan x=36 dy=0.35em "geen cijfer"
g.cell.silent data-key=municipality-facebook
rect.box.y2016 x=74 y=56 rx=3 width=68 height=62
text.value x=108 y=92 text-anchor=middle
tspan x=108 dy=0.35em "niet in het"
tspan x=108 dy=1.23em "artikel"
g.cell.silent data-key=municipality-twitter
rect.box.y2016 x=146 y=56 rx=3 width=68 height=62
text.value x=180 y=92 text-anchor=middle
tspan x=180 dy=0.35em "niet in het"
tspan x=180 dy=1.23em "artikel"
g.cell.about.valued data-key=municipality-instagram
rect.box.y2016 x=218 y=56 rx=3 width=68 height=62
circle.dot.about.y2016 cx=252 cy=69 r=6
text.value x=252 y=100 text-anchor=middle
tspan x=252 dy=0.35em "≈ 2 op 5"
g.cell.none data-key=municipality-whatsapp
rect.box.y2016 x=290 y=56 rx=3 width=68 height=62
text.value x=324 y=100 text-anchor=middle
tspan x=324 dy=0.35em "geen cijfer"
g.cell.exact.valued data-key=ocmw-social-media
rect.box.y2016 x=2 y=142 rx=3 width=68 height=62
circle.dot.exact.y2016 cx=36 cy=155 r=6
text.value x=36 y=186 text-anchor=middle
tspan x=36 dy=0.35em "45%"
g.cell.silent data-key=ocmw-facebook
rect.box.y2016 x=74 y=142 rx=3 width=68 height=62
text.value x=108 y=178 text-anchor=middle
tspan x=108 dy=0.35em "niet in het"
tspan x=108 dy=1.23em "artikel"
g.cell.silent data-key=ocmw-twitter
rect.box.y2016 x=146 y=142 rx=3 width=68 height=62
text.value x=180 y=178 text-anchor=middle
tspan x=180 dy=0.35em "niet in het"
tspan x=180 dy=1.23em "artikel"
g.cell.negligible data-key=ocmw-instagram
rect.box.y2016 x=218 y=142 rx=3 width=68 height=62
circle.dot.negligible.y2016 cx=252 cy=155 r=4
text.value x=252 y=186 text-anchor=middle
tspan x=252 dy=0.35em "≈ 0"
g.cell.silent data-key=ocmw-whatsapp
rect.box.y2016 x=290 y=142 rx=3 width=68 height=62
text.value x=324 y=178 text-anchor=middle
tspan x=324 dy=0.35em "niet in het"
tspan x=324 dy=1.23em "artikel"
g.cell.none data-key=police-social-media
rect.box.y2016 x=2 y=228 rx=3 width=68 height=62
text.value x=36 y=272 text-anchor=middle
tspan x=36 dy=0.35em "geen cijfer"
g.cell.silent data-key=police-facebook
rect.box.y2016 x=74 y=228 rx=3 width=68 height=62
text.value x=108 y=264 text-anchor=middle
tspan x=108 dy=0.35em "niet in het"
tspan x=108 dy=1.23em "artikel"
g.cell.silent data-key=police-twitter
rect.box.y2016 x=146 y=228 rx=3 width=68 height=62
text.value x=180 y=264 text-anchor=middle
tspan x=180 dy=0.35em "niet in het"
tspan x=180 dy=1.23em "artikel"
g.cell.about.valued data-key=police-instagram
rect.box.y2016 x=218 y=228 rx=3 width=68 height=62
circle.dot.about.y2016 cx=252 cy=241 r=6
text.value x=252 y=272 text-anchor=middle
tspan x=252 dy=0.35em "≈ 1 op 10"
g.cell.none data-key=police-whatsapp
rect.box.y2016 x=290 y=228 rx=3 width=68 height=62
text.value x=324 y=272 text-anchor=middle
tspan x=324 dy=0.35em "geen cijfer"
g.cell.none data-key=fire-social-media
rect.box.y2016 x=2 y=314 rx=3 width=68 height=62
text.value x=36 y=358 text-anchor=middle
tspan x=36 dy=0.35em "geen cijfer"
g.cell.silent data-key=fire-facebook
rect.box.y2016 x=74 y=314 rx=3 width=68 height=62
text.value x=108 y=350 text-anchor=middle
tspan x=108 dy=0.35em "niet in het"
tspan x=108 dy=1.23em "artikel"
g.cell.silent data-key=fire-twitter
rect.box.y2016 x=146 y=314 rx=3 width=68 height=62
text.value x=180 y=350 text-anchor=middle
tspan x=180 dy=0.35em "niet in het"
tspan x=180 dy=1.23em "artikel"
g.cell.exact.valued data-key=fire-instagram
rect.box.y2016 x=218 y=314 rx=3 width=68 height=62
circle.dot.exact.y2016 cx=252 cy=327 r=6
text.value x=252 y=350 text-anchor=middle
tspan x=252 dy=0.35em "40%"
tspan x=252 dy=1.23em "(n = 5)"
g.cell.silent data-key=fire-whatsapp
rect.box.y2016 x=290 y=314 rx=3 width=68 height=62
text.value x=324 y=350 text-anchor=middle
tspan x=324 dy=0.35em "niet in het"
tspan x=324 dy=1.23em "artikel"
g.hits 
rect.hit x=2 y=56 rx=0 width=68 height=62 data-key=municipality-social-media aria-label=Gemeenten, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=74 y=56 rx=0 width=68 height=62 data-key=municipality-facebook aria-label=Gemeenten, Facebook, 2016: niet in het artikel
rect.hit x=146 y=56 rx=0 width=68 height=62 data-key=municipality-twitter aria-label=Gemeenten, Twitter, 2016: niet in het artikel
rect.hit x=218 y=56 rx=0 width=68 height=62 data-key=municipality-instagram aria-label=Gemeenten, Instagram, 2016: ongeveer 2 op 5 (≈ 40%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=290 y=56 rx=0 width=68 height=62 data-key=municipality-whatsapp aria-label=Gemeenten, WhatsApp, 2016: geen cijfer. In het artikel: “Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.”
rect.hit x=2 y=142 rx=0 width=68 height=62 data-key=ocmw-social-media aria-label=OCMW’s, Sociale media, 2016: 45%
rect.hit x=74 y=142 rx=0 width=68 height=62 data-key=ocmw-facebook aria-label=OCMW’s, Facebook, 2016: niet in het artikel
rect.hit x=146 y=142 rx=0 width=68 height=62 data-key=ocmw-twitter aria-label=OCMW’s, Twitter, 2016: niet in het artikel
rect.hit x=218 y=142 rx=0 width=68 height=62 data-key=ocmw-instagram aria-label=OCMW’s, Instagram, 2016: verwaarloosbaar. In het artikel: “Waar het aantal in 2016 verwaarloosbaar was”
rect.hit x=290 y=142 rx=0 width=68 height=62 data-key=ocmw-whatsapp aria-label=OCMW’s, WhatsApp, 2016: niet in het artikel
rect.hit x=2 y=228 rx=0 width=68 height=62 data-key=police-social-media aria-label=Politiezones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=74 y=228 rx=0 width=68 height=62 data-key=police-facebook aria-label=Politiezones, Facebook, 2016: niet in het artikel
rect.hit x=146 y=228 rx=0 width=68 height=62 data-key=police-twitter aria-label=Politiezones, Twitter, 2016: niet in het artikel
rect.hit x=218 y=228 rx=0 width=68 height=62 data-key=police-instagram aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=290 y=228 rx=0 width=68 height=62 data-key=police-whatsapp aria-label=Politiezones, WhatsApp, 2016: geen cijfer. In het artikel: “Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.”
rect.hit x=2 y=314 rx=0 width=68 height=62 data-key=fire-social-media aria-label=Brandweerzones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=74 y=314 rx=0 width=68 height=62 data-key=fire-facebook aria-label=Brandweerzones, Facebook, 2016: niet in het artikel
rect.hit x=146 y=314 rx=0 width=68 height=62 data-key=fire-twitter aria-label=Brandweerzones, Twitter, 2016: niet in het artikel
rect.hit x=218 y=314 rx=0 width=68 height=62 data-key=fire-instagram aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=290 y=314 rx=0 width=68 height=62 data-key=fire-whatsapp aria-label=Brandweerzones, WhatsApp, 2016: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Gemeenten | Facebook | 2016 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Twitter | 2016 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Instagram | 2016 | ongeveer 2 op 5 (≈ 40%) | ongeveer (woordbreuk) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: OCMW’s | Sociale media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Facebook | 2016 | niet in het artikel | niet in het artikel | —
row: OCMW’s | Twitter | 2016 | niet in het artikel | niet in het artikel | —
row: OCMW’s | Instagram | 2016 | verwaarloosbaar | verwaarloosbaar | Waar het aantal in 2016 verwaarloosbaar was
row: OCMW’s | WhatsApp | 2016 | niet in het artikel | niet in het artikel | —
row: Politiezones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Politiezones | Facebook | 2016 | niet in het artikel | niet in het artikel | —
row: Politiezones | Twitter | 2016 | niet in het artikel | niet in het artikel | —
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Brandweerzones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Brandweerzones | Facebook | 2016 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Twitter | 2016 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | WhatsApp | 2016 | niet in het artikel | niet in het artikel | —`;
/* end snapshot platform-matrix {"year":"2016"} narrow nl */

snapshots["platform-matrix {\"year\":\"2016\"} narrow en"] = 
`title: Who is on which platform: respondents, 2016
summary: 4 pairs with a figure (highest: OCMWs, Social media, 45%), 1 negligible, 5 without a figure (words only), 10 the article says nothing about.
svg width=360 height=380 aria-label=Share of respondents by kind of organisation and platform, 2016 viewBox=0 0 360 380
g 
defs 
pattern width=6 height=6
path.hatch d=M0 0V6
g.heads 
text.name x=36 y=12 text-anchor=middle
title  "Social media"
tspan x=36 dy=0 "Social"
tspan x=36 dy=1.23em "media"
text.name x=108 y=12 text-anchor=middle
title  "Facebook"
tspan x=108 dy=0 "Facebook"
text.name x=180 y=12 text-anchor=middle
title  "Twitter"
tspan x=180 dy=0 "Twitter"
text.name x=252 y=12 text-anchor=middle
title  "Instagram"
tspan x=252 dy=0 "Instagram"
text.name x=324 y=12 text-anchor=middle
title  "WhatsApp"
tspan x=324 dy=0 "WhatsApp"
g.names 
text.name x=0 y=46 dy=0.35em "Municipalities"
text.name x=0 y=132 dy=0.35em "OCMWs"
text.name x=0 y=218 dy=0.35em "Police zones"
text.name x=0 y=304 dy=0.35em "Fire zones"
g.cells 
g.cell.none data-key=municipality-social-media
rect.box.y2016 x=2 y=56 rx=3 width=68 height=62
text.value x=36 y=100 text-anchor=middle
tspan x=36 dy=0.35em "no figure"
g.cell.silent data-key=municipality-facebook
rect.box.y2016 x=74 y=56 rx=3 width=68 height=62
text.value x=108 y=92 text-anchor=middle
tspan x=108 dy=0.35em "not in the"
tspan x=108 dy=1.23em "article"
g.cell.silent data-key=municipality-twitter
rect.box.y2016 x=146 y=56 rx=3 width=68 height=62
text.value x=180 y=92 text-anchor=middle
tspan x=180 dy=0.35em "not in the"
tspan x=180 dy=1.23em "article"
g.cell.about.valued data-key=municipality-instagram
rect.box.y2016 x=218 y=56 rx=3 width=68 height=62
circle.dot.about.y2016 cx=252 cy=69 r=6
text.value x=252 y=100 text-anchor=middle
tspan x=252 dy=0.35em "≈ 2 in 5"
g.cell.none data-key=municipality-whatsapp
rect.box.y2016 x=290 y=56 rx=3 width=68 height=62
text.value x=324 y=100 text-anchor=middle
tspan x=324 dy=0.35em "no figure"
g.cell.exact.valued data-key=ocmw-social-media
rect.box.y2016 x=2 y=142 rx=3 width=68 height=62
circle.dot.exact.y2016 cx=36 cy=155 r=6
text.value x=36 y=186 text-anchor=middle
tspan x=36 dy=0.35em "45%"
g.cell.silent data-key=ocmw-facebook
rect.box.y2016 x=74 y=142 rx=3 width=68 height=62
text.value x=108 y=178 text-anchor=middle
tspan x=108 dy=0.35em "not in the"
tspan x=108 dy=1.23em "article"
g.cell.silent data-key=ocmw-twitter
rect.box.y2016 x=146 y=142 rx=3 width=68 height=62
text.value x=180 y=178 text-anchor=middle
tspan x=180 dy=0.35em "not in the"
tspan x=180 dy=1.23em "article"
g.cell.negligible data-key=ocmw-instagram
rect.box.y2016 x=218 y=142 rx=3 width=68 height=62
circle.dot.negligible.y2016 cx=252 cy=155 r=4
text.value x=252 y=186 text-anchor=middle
tspan x=252 dy=0.35em "≈ 0"
g.cell.silent data-key=ocmw-whatsapp
rect.box.y2016 x=290 y=142 rx=3 width=68 height=62
text.value x=324 y=178 text-anchor=middle
tspan x=324 dy=0.35em "not in the"
tspan x=324 dy=1.23em "article"
g.cell.none data-key=police-social-media
rect.box.y2016 x=2 y=228 rx=3 width=68 height=62
text.value x=36 y=272 text-anchor=middle
tspan x=36 dy=0.35em "no figure"
g.cell.silent data-key=police-facebook
rect.box.y2016 x=74 y=228 rx=3 width=68 height=62
text.value x=108 y=264 text-anchor=middle
tspan x=108 dy=0.35em "not in the"
tspan x=108 dy=1.23em "article"
g.cell.silent data-key=police-twitter
rect.box.y2016 x=146 y=228 rx=3 width=68 height=62
text.value x=180 y=264 text-anchor=middle
tspan x=180 dy=0.35em "not in the"
tspan x=180 dy=1.23em "article"
g.cell.about.valued data-key=police-instagram
rect.box.y2016 x=218 y=228 rx=3 width=68 height=62
circle.dot.about.y2016 cx=252 cy=241 r=6
text.value x=252 y=272 text-anchor=middle
tspan x=252 dy=0.35em "≈ 1 in 10"
g.cell.none data-key=police-whatsapp
rect.box.y2016 x=290 y=228 rx=3 width=68 height=62
text.value x=324 y=272 text-anchor=middle
tspan x=324 dy=0.35em "no figure"
g.cell.none data-key=fire-social-media
rect.box.y2016 x=2 y=314 rx=3 width=68 height=62
text.value x=36 y=358 text-anchor=middle
tspan x=36 dy=0.35em "no figure"
g.cell.silent data-key=fire-facebook
rect.box.y2016 x=74 y=314 rx=3 width=68 height=62
text.value x=108 y=350 text-anchor=middle
tspan x=108 dy=0.35em "not in the"
tspan x=108 dy=1.23em "article"
g.cell.silent data-key=fire-twitter
rect.box.y2016 x=146 y=314 rx=3 width=68 height=62
text.value x=180 y=350 text-anchor=middle
tspan x=180 dy=0.35em "not in the"
tspan x=180 dy=1.23em "article"
g.cell.exact.valued data-key=fire-instagram
rect.box.y2016 x=218 y=314 rx=3 width=68 height=62
circle.dot.exact.y2016 cx=252 cy=327 r=6
text.value x=252 y=350 text-anchor=middle
tspan x=252 dy=0.35em "40%"
tspan x=252 dy=1.23em "(n = 5)"
g.cell.silent data-key=fire-whatsapp
rect.box.y2016 x=290 y=314 rx=3 width=68 height=62
text.value x=324 y=350 text-anchor=middle
tspan x=324 dy=0.35em "not in the"
tspan x=324 dy=1.23em "article"
g.hits 
rect.hit x=2 y=56 rx=0 width=68 height=62 data-key=municipality-social-media aria-label=Municipalities, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=74 y=56 rx=0 width=68 height=62 data-key=municipality-facebook aria-label=Municipalities, Facebook, 2016: not in the article
rect.hit x=146 y=56 rx=0 width=68 height=62 data-key=municipality-twitter aria-label=Municipalities, Twitter, 2016: not in the article
rect.hit x=218 y=56 rx=0 width=68 height=62 data-key=municipality-instagram aria-label=Municipalities, Instagram, 2016: about 2 in 5 (≈ 40%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=290 y=56 rx=0 width=68 height=62 data-key=municipality-whatsapp aria-label=Municipalities, WhatsApp, 2016: no figure. In the article: “Municipalities and police zones now use WhatsApp a little more than in 2016.”
rect.hit x=2 y=142 rx=0 width=68 height=62 data-key=ocmw-social-media aria-label=OCMWs, Social media, 2016: 45%
rect.hit x=74 y=142 rx=0 width=68 height=62 data-key=ocmw-facebook aria-label=OCMWs, Facebook, 2016: not in the article
rect.hit x=146 y=142 rx=0 width=68 height=62 data-key=ocmw-twitter aria-label=OCMWs, Twitter, 2016: not in the article
rect.hit x=218 y=142 rx=0 width=68 height=62 data-key=ocmw-instagram aria-label=OCMWs, Instagram, 2016: negligible. In the article: “Where the number was negligible in 2016”
rect.hit x=290 y=142 rx=0 width=68 height=62 data-key=ocmw-whatsapp aria-label=OCMWs, WhatsApp, 2016: not in the article
rect.hit x=2 y=228 rx=0 width=68 height=62 data-key=police-social-media aria-label=Police zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=74 y=228 rx=0 width=68 height=62 data-key=police-facebook aria-label=Police zones, Facebook, 2016: not in the article
rect.hit x=146 y=228 rx=0 width=68 height=62 data-key=police-twitter aria-label=Police zones, Twitter, 2016: not in the article
rect.hit x=218 y=228 rx=0 width=68 height=62 data-key=police-instagram aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=290 y=228 rx=0 width=68 height=62 data-key=police-whatsapp aria-label=Police zones, WhatsApp, 2016: no figure. In the article: “Municipalities and police zones now use WhatsApp a little more than in 2016.”
rect.hit x=2 y=314 rx=0 width=68 height=62 data-key=fire-social-media aria-label=Fire zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=74 y=314 rx=0 width=68 height=62 data-key=fire-facebook aria-label=Fire zones, Facebook, 2016: not in the article
rect.hit x=146 y=314 rx=0 width=68 height=62 data-key=fire-twitter aria-label=Fire zones, Twitter, 2016: not in the article
rect.hit x=218 y=314 rx=0 width=68 height=62 data-key=fire-instagram aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=290 y=314 rx=0 width=68 height=62 data-key=fire-whatsapp aria-label=Fire zones, WhatsApp, 2016: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Municipalities | Facebook | 2016 | not in the article | not in the article | —
row: Municipalities | Twitter | 2016 | not in the article | not in the article | —
row: Municipalities | Instagram | 2016 | about 2 in 5 (≈ 40%) | about (word fraction) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: OCMWs | Social media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Facebook | 2016 | not in the article | not in the article | —
row: OCMWs | Twitter | 2016 | not in the article | not in the article | —
row: OCMWs | Instagram | 2016 | negligible | negligible | Waar het aantal in 2016 verwaarloosbaar was
row: OCMWs | WhatsApp | 2016 | not in the article | not in the article | —
row: Police zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Police zones | Facebook | 2016 | not in the article | not in the article | —
row: Police zones | Twitter | 2016 | not in the article | not in the article | —
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Fire zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Fire zones | Facebook | 2016 | not in the article | not in the article | —
row: Fire zones | Twitter | 2016 | not in the article | not in the article | —
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | WhatsApp | 2016 | not in the article | not in the article | —`;
/* end snapshot platform-matrix {"year":"2016"} narrow en */

snapshots["platform-matrix {\"year\":\"2016\"} wide nl"] = 
`title: Wie zit op welk platform: respondenten, 2016
summary: 4 combinaties met een cijfer (het hoogste: OCMW’s, Sociale media, 45%), 1 verwaarloosbaar, 5 zonder cijfer (alleen woorden), over 10 zegt het artikel niets.
svg width=900 height=180 aria-label=Aandeel van de respondenten per soort bestuur en platform, 2016 viewBox=0 0 900 180
g 
defs 
pattern width=6 height=6
path.hatch d=M0 0V6
g.heads 
text.name x=186.6 y=12 text-anchor=middle
title  "Sociale media"
tspan x=186.6 dy=0 "Sociale media"
text.name x=345.1 y=12 text-anchor=middle
title  "Facebook"
tspan x=345.1 dy=0 "Facebook"
text.name x=503.6 y=12 text-anchor=middle
title  "Twitter"
tspan x=503.6 dy=0 "Twitter"
text.name x=662.2 y=12 text-anchor=middle
title  "Instagram"
tspan x=662.2 dy=0 "Instagram"
text.name x=820.7 y=12 text-anchor=middle
title  "WhatsApp"
tspan x=820.7 dy=0 "WhatsApp"
g.names 
text.name x=0 y=38 dy=0.35em "Gemeenten"
text.name x=0 y=78 dy=0.35em "OCMW’s"
text.name x=0 y=118 dy=0.35em "Politiezones"
text.name x=0 y=158 dy=0.35em "Brandweerzones"
g.cells 
g.cell.none data-key=municipality-social-media
rect.box.y2016 x=109.3 y=20 rx=3 width=154.5 height=36
text.value x=139.3 y=38 text-anchor=start
tspan x=139.3 dy=0.35em "geen cijfer"
g.cell.silent data-key=municipality-facebook
rect.box.y2016 x=267.8 y=20 rx=3 width=154.5 height=36
text.value x=297.8 y=38 text-anchor=start
tspan x=297.8 dy=0.35em "niet in het artikel"
g.cell.silent data-key=municipality-twitter
rect.box.y2016 x=426.4 y=20 rx=3 width=154.5 height=36
text.value x=456.4 y=38 text-anchor=start
tspan x=456.4 dy=0.35em "niet in het artikel"
g.cell.about.valued data-key=municipality-instagram
rect.box.y2016 x=584.9 y=20 rx=3 width=154.5 height=36
circle.dot.about.y2016 cx=599.9 cy=38 r=6
text.value x=614.9 y=38 text-anchor=start
tspan x=614.9 dy=0.35em "≈ 2 op 5"
g.cell.none data-key=municipality-whatsapp
rect.box.y2016 x=743.5 y=20 rx=3 width=154.5 height=36
text.value x=773.5 y=38 text-anchor=start
tspan x=773.5 dy=0.35em "geen cijfer"
g.cell.exact.valued data-key=ocmw-social-media
rect.box.y2016 x=109.3 y=60 rx=3 width=154.5 height=36
circle.dot.exact.y2016 cx=124.3 cy=78 r=6
text.value x=139.3 y=78 text-anchor=start
tspan x=139.3 dy=0.35em "45%"
g.cell.silent data-key=ocmw-facebook
rect.box.y2016 x=267.8 y=60 rx=3 width=154.5 height=36
text.value x=297.8 y=78 text-anchor=start
tspan x=297.8 dy=0.35em "niet in het artikel"
g.cell.silent data-key=ocmw-twitter
rect.box.y2016 x=426.4 y=60 rx=3 width=154.5 height=36
text.value x=456.4 y=78 text-anchor=start
tspan x=456.4 dy=0.35em "niet in het artikel"
g.cell.negligible data-key=ocmw-instagram
rect.box.y2016 x=584.9 y=60 rx=3 width=154.5 height=36
circle.dot.negligible.y2016 cx=599.9 cy=78 r=4
text.value x=614.9 y=78 text-anchor=start
tspan x=614.9 dy=0.35em "≈ 0"
g.cell.silent data-key=ocmw-whatsapp
rect.box.y2016 x=743.5 y=60 rx=3 width=154.5 height=36
text.value x=773.5 y=78 text-anchor=start
tspan x=773.5 dy=0.35em "niet in het artikel"
g.cell.none data-key=police-social-media
rect.box.y2016 x=109.3 y=100 rx=3 width=154.5 height=36
text.value x=139.3 y=118 text-anchor=start
tspan x=139.3 dy=0.35em "geen cijfer"
g.cell.silent data-key=police-facebook
rect.box.y2016 x=267.8 y=100 rx=3 width=154.5 height=36
text.value x=297.8 y=118 text-anchor=start
tspan x=297.8 dy=0.35em "niet in het artikel"
g.cell.silent data-key=police-twitter
rect.box.y2016 x=426.4 y=100 rx=3 width=154.5 height=36
text.value x=456.4 y=118 text-anchor=start
tspan x=456.4 dy=0.35em "niet in het artikel"
g.cell.about.valued data-key=police-instagram
rect.box.y2016 x=584.9 y=100 rx=3 width=154.5 height=36
circle.dot.about.y2016 cx=599.9 cy=118 r=6
text.value x=614.9 y=118 text-anchor=start
tspan x=614.9 dy=0.35em "≈ 1 op 10"
g.cell.none data-key=police-whatsapp
rect.box.y2016 x=743.5 y=100 rx=3 width=154.5 height=36
text.value x=773.5 y=118 text-anchor=start
tspan x=773.5 dy=0.35em "geen cijfer"
g.cell.none data-key=fire-social-media
rect.box.y2016 x=109.3 y=140 rx=3 width=154.5 height=36
text.value x=139.3 y=158 text-anchor=start
tspan x=139.3 dy=0.35em "geen cijfer"
g.cell.silent data-key=fire-facebook
rect.box.y2016 x=267.8 y=140 rx=3 width=154.5 height=36
text.value x=297.8 y=158 text-anchor=start
tspan x=297.8 dy=0.35em "niet in het artikel"
g.cell.silent data-key=fire-twitter
rect.box.y2016 x=426.4 y=140 rx=3 width=154.5 height=36
text.value x=456.4 y=158 text-anchor=start
tspan x=456.4 dy=0.35em "niet in het artikel"
g.cell.exact.valued data-key=fire-instagram
rect.box.y2016 x=584.9 y=140 rx=3 width=154.5 height=36
circle.dot.exact.y2016 cx=599.9 cy=158 r=6
text.value x=614.9 y=158 text-anchor=start
tspan x=614.9 dy=0.35em "40% (n = 5)"
g.cell.silent data-key=fire-whatsapp
rect.box.y2016 x=743.5 y=140 rx=3 width=154.5 height=36
text.value x=773.5 y=158 text-anchor=start
tspan x=773.5 dy=0.35em "niet in het artikel"
g.hits 
rect.hit x=109.3 y=20 rx=0 width=154.5 height=36 data-key=municipality-social-media aria-label=Gemeenten, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=267.8 y=20 rx=0 width=154.5 height=36 data-key=municipality-facebook aria-label=Gemeenten, Facebook, 2016: niet in het artikel
rect.hit x=426.4 y=20 rx=0 width=154.5 height=36 data-key=municipality-twitter aria-label=Gemeenten, Twitter, 2016: niet in het artikel
rect.hit x=584.9 y=20 rx=0 width=154.5 height=36 data-key=municipality-instagram aria-label=Gemeenten, Instagram, 2016: ongeveer 2 op 5 (≈ 40%). In het artikel: “bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie”
rect.hit x=743.5 y=20 rx=0 width=154.5 height=36 data-key=municipality-whatsapp aria-label=Gemeenten, WhatsApp, 2016: geen cijfer. In het artikel: “Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.”
rect.hit x=109.3 y=60 rx=0 width=154.5 height=36 data-key=ocmw-social-media aria-label=OCMW’s, Sociale media, 2016: 45%
rect.hit x=267.8 y=60 rx=0 width=154.5 height=36 data-key=ocmw-facebook aria-label=OCMW’s, Facebook, 2016: niet in het artikel
rect.hit x=426.4 y=60 rx=0 width=154.5 height=36 data-key=ocmw-twitter aria-label=OCMW’s, Twitter, 2016: niet in het artikel
rect.hit x=584.9 y=60 rx=0 width=154.5 height=36 data-key=ocmw-instagram aria-label=OCMW’s, Instagram, 2016: verwaarloosbaar. In het artikel: “Waar het aantal in 2016 verwaarloosbaar was”
rect.hit x=743.5 y=60 rx=0 width=154.5 height=36 data-key=ocmw-whatsapp aria-label=OCMW’s, WhatsApp, 2016: niet in het artikel
rect.hit x=109.3 y=100 rx=0 width=154.5 height=36 data-key=police-social-media aria-label=Politiezones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=267.8 y=100 rx=0 width=154.5 height=36 data-key=police-facebook aria-label=Politiezones, Facebook, 2016: niet in het artikel
rect.hit x=426.4 y=100 rx=0 width=154.5 height=36 data-key=police-twitter aria-label=Politiezones, Twitter, 2016: niet in het artikel
rect.hit x=584.9 y=100 rx=0 width=154.5 height=36 data-key=police-instagram aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=743.5 y=100 rx=0 width=154.5 height=36 data-key=police-whatsapp aria-label=Politiezones, WhatsApp, 2016: geen cijfer. In het artikel: “Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.”
rect.hit x=109.3 y=140 rx=0 width=154.5 height=36 data-key=fire-social-media aria-label=Brandweerzones, Sociale media, 2016: geen cijfer. In het artikel: “Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.”
rect.hit x=267.8 y=140 rx=0 width=154.5 height=36 data-key=fire-facebook aria-label=Brandweerzones, Facebook, 2016: niet in het artikel
rect.hit x=426.4 y=140 rx=0 width=154.5 height=36 data-key=fire-twitter aria-label=Brandweerzones, Twitter, 2016: niet in het artikel
rect.hit x=584.9 y=140 rx=0 width=154.5 height=36 data-key=fire-instagram aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=743.5 y=140 rx=0 width=154.5 height=36 data-key=fire-whatsapp aria-label=Brandweerzones, WhatsApp, 2016: niet in het artikel
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Gemeenten | Facebook | 2016 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Twitter | 2016 | niet in het artikel | niet in het artikel | —
row: Gemeenten | Instagram | 2016 | ongeveer 2 op 5 (≈ 40%) | ongeveer (woordbreuk) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Gemeenten | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: OCMW’s | Sociale media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Facebook | 2016 | niet in het artikel | niet in het artikel | —
row: OCMW’s | Twitter | 2016 | niet in het artikel | niet in het artikel | —
row: OCMW’s | Instagram | 2016 | verwaarloosbaar | verwaarloosbaar | Waar het aantal in 2016 verwaarloosbaar was
row: OCMW’s | WhatsApp | 2016 | niet in het artikel | niet in het artikel | —
row: Politiezones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Politiezones | Facebook | 2016 | niet in het artikel | niet in het artikel | —
row: Politiezones | Twitter | 2016 | niet in het artikel | niet in het artikel | —
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | WhatsApp | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Brandweerzones | Sociale media | 2016 | geen cijfer | geen cijfer in het artikel | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Brandweerzones | Facebook | 2016 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Twitter | 2016 | niet in het artikel | niet in het artikel | —
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | WhatsApp | 2016 | niet in het artikel | niet in het artikel | —`;
/* end snapshot platform-matrix {"year":"2016"} wide nl */

snapshots["platform-matrix {\"year\":\"2016\"} wide en"] = 
`title: Who is on which platform: respondents, 2016
summary: 4 pairs with a figure (highest: OCMWs, Social media, 45%), 1 negligible, 5 without a figure (words only), 10 the article says nothing about.
svg width=900 height=180 aria-label=Share of respondents by kind of organisation and platform, 2016 viewBox=0 0 900 180
g 
defs 
pattern width=6 height=6
path.hatch d=M0 0V6
g.heads 
text.name x=175.1 y=12 text-anchor=middle
title  "Social media"
tspan x=175.1 dy=0 "Social media"
text.name x=336.2 y=12 text-anchor=middle
title  "Facebook"
tspan x=336.2 dy=0 "Facebook"
text.name x=497.3 y=12 text-anchor=middle
title  "Twitter"
tspan x=497.3 dy=0 "Twitter"
text.name x=658.4 y=12 text-anchor=middle
title  "Instagram"
tspan x=658.4 dy=0 "Instagram"
text.name x=819.5 y=12 text-anchor=middle
title  "WhatsApp"
tspan x=819.5 dy=0 "WhatsApp"
g.names 
text.name x=0 y=38 dy=0.35em "Municipalities"
text.name x=0 y=78 dy=0.35em "OCMWs"
text.name x=0 y=118 dy=0.35em "Police zones"
text.name x=0 y=158 dy=0.35em "Fire zones"
g.cells 
g.cell.none data-key=municipality-social-media
rect.box.y2016 x=96.6 y=20 rx=3 width=157.1 height=36
text.value x=126.6 y=38 text-anchor=start
tspan x=126.6 dy=0.35em "no figure"
g.cell.silent data-key=municipality-facebook
rect.box.y2016 x=257.7 y=20 rx=3 width=157.1 height=36
text.value x=287.7 y=38 text-anchor=start
tspan x=287.7 dy=0.35em "not in the article"
g.cell.silent data-key=municipality-twitter
rect.box.y2016 x=418.8 y=20 rx=3 width=157.1 height=36
text.value x=448.8 y=38 text-anchor=start
tspan x=448.8 dy=0.35em "not in the article"
g.cell.about.valued data-key=municipality-instagram
rect.box.y2016 x=579.8 y=20 rx=3 width=157.1 height=36
circle.dot.about.y2016 cx=594.8 cy=38 r=6
text.value x=609.8 y=38 text-anchor=start
tspan x=609.8 dy=0.35em "≈ 2 in 5"
g.cell.none data-key=municipality-whatsapp
rect.box.y2016 x=740.9 y=20 rx=3 width=157.1 height=36
text.value x=770.9 y=38 text-anchor=start
tspan x=770.9 dy=0.35em "no figure"
g.cell.exact.valued data-key=ocmw-social-media
rect.box.y2016 x=96.6 y=60 rx=3 width=157.1 height=36
circle.dot.exact.y2016 cx=111.6 cy=78 r=6
text.value x=126.6 y=78 text-anchor=start
tspan x=126.6 dy=0.35em "45%"
g.cell.silent data-key=ocmw-facebook
rect.box.y2016 x=257.7 y=60 rx=3 width=157.1 height=36
text.value x=287.7 y=78 text-anchor=start
tspan x=287.7 dy=0.35em "not in the article"
g.cell.silent data-key=ocmw-twitter
rect.box.y2016 x=418.8 y=60 rx=3 width=157.1 height=36
text.value x=448.8 y=78 text-anchor=start
tspan x=448.8 dy=0.35em "not in the article"
g.cell.negligible data-key=ocmw-instagram
rect.box.y2016 x=579.8 y=60 rx=3 width=157.1 height=36
circle.dot.negligible.y2016 cx=594.8 cy=78 r=4
text.value x=609.8 y=78 text-anchor=start
tspan x=609.8 dy=0.35em "≈ 0"
g.cell.silent data-key=ocmw-whatsapp
rect.box.y2016 x=740.9 y=60 rx=3 width=157.1 height=36
text.value x=770.9 y=78 text-anchor=start
tspan x=770.9 dy=0.35em "not in the article"
g.cell.none data-key=police-social-media
rect.box.y2016 x=96.6 y=100 rx=3 width=157.1 height=36
text.value x=126.6 y=118 text-anchor=start
tspan x=126.6 dy=0.35em "no figure"
g.cell.silent data-key=police-facebook
rect.box.y2016 x=257.7 y=100 rx=3 width=157.1 height=36
text.value x=287.7 y=118 text-anchor=start
tspan x=287.7 dy=0.35em "not in the article"
g.cell.silent data-key=police-twitter
rect.box.y2016 x=418.8 y=100 rx=3 width=157.1 height=36
text.value x=448.8 y=118 text-anchor=start
tspan x=448.8 dy=0.35em "not in the article"
g.cell.about.valued data-key=police-instagram
rect.box.y2016 x=579.8 y=100 rx=3 width=157.1 height=36
circle.dot.about.y2016 cx=594.8 cy=118 r=6
text.value x=609.8 y=118 text-anchor=start
tspan x=609.8 dy=0.35em "≈ 1 in 10"
g.cell.none data-key=police-whatsapp
rect.box.y2016 x=740.9 y=100 rx=3 width=157.1 height=36
text.value x=770.9 y=118 text-anchor=start
tspan x=770.9 dy=0.35em "no figure"
g.cell.none data-key=fire-social-media
rect.box.y2016 x=96.6 y=140 rx=3 width=157.1 height=36
text.value x=126.6 y=158 text-anchor=start
tspan x=126.6 dy=0.35em "no figure"
g.cell.silent data-key=fire-facebook
rect.box.y2016 x=257.7 y=140 rx=3 width=157.1 height=36
text.value x=287.7 y=158 text-anchor=start
tspan x=287.7 dy=0.35em "not in the article"
g.cell.silent data-key=fire-twitter
rect.box.y2016 x=418.8 y=140 rx=3 width=157.1 height=36
text.value x=448.8 y=158 text-anchor=start
tspan x=448.8 dy=0.35em "not in the article"
g.cell.exact.valued data-key=fire-instagram
rect.box.y2016 x=579.8 y=140 rx=3 width=157.1 height=36
circle.dot.exact.y2016 cx=594.8 cy=158 r=6
text.value x=609.8 y=158 text-anchor=start
tspan x=609.8 dy=0.35em "40% (n = 5)"
g.cell.silent data-key=fire-whatsapp
rect.box.y2016 x=740.9 y=140 rx=3 width=157.1 height=36
text.value x=770.9 y=158 text-anchor=start
tspan x=770.9 dy=0.35em "not in the article"
g.hits 
rect.hit x=96.6 y=20 rx=0 width=157.1 height=36 data-key=municipality-social-media aria-label=Municipalities, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=257.7 y=20 rx=0 width=157.1 height=36 data-key=municipality-facebook aria-label=Municipalities, Facebook, 2016: not in the article
rect.hit x=418.8 y=20 rx=0 width=157.1 height=36 data-key=municipality-twitter aria-label=Municipalities, Twitter, 2016: not in the article
rect.hit x=579.8 y=20 rx=0 width=157.1 height=36 data-key=municipality-instagram aria-label=Municipalities, Instagram, 2016: about 2 in 5 (≈ 40%). In the article: “among municipalities from two in five to almost two in three respectively”
rect.hit x=740.9 y=20 rx=0 width=157.1 height=36 data-key=municipality-whatsapp aria-label=Municipalities, WhatsApp, 2016: no figure. In the article: “Municipalities and police zones now use WhatsApp a little more than in 2016.”
rect.hit x=96.6 y=60 rx=0 width=157.1 height=36 data-key=ocmw-social-media aria-label=OCMWs, Social media, 2016: 45%
rect.hit x=257.7 y=60 rx=0 width=157.1 height=36 data-key=ocmw-facebook aria-label=OCMWs, Facebook, 2016: not in the article
rect.hit x=418.8 y=60 rx=0 width=157.1 height=36 data-key=ocmw-twitter aria-label=OCMWs, Twitter, 2016: not in the article
rect.hit x=579.8 y=60 rx=0 width=157.1 height=36 data-key=ocmw-instagram aria-label=OCMWs, Instagram, 2016: negligible. In the article: “Where the number was negligible in 2016”
rect.hit x=740.9 y=60 rx=0 width=157.1 height=36 data-key=ocmw-whatsapp aria-label=OCMWs, WhatsApp, 2016: not in the article
rect.hit x=96.6 y=100 rx=0 width=157.1 height=36 data-key=police-social-media aria-label=Police zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=257.7 y=100 rx=0 width=157.1 height=36 data-key=police-facebook aria-label=Police zones, Facebook, 2016: not in the article
rect.hit x=418.8 y=100 rx=0 width=157.1 height=36 data-key=police-twitter aria-label=Police zones, Twitter, 2016: not in the article
rect.hit x=579.8 y=100 rx=0 width=157.1 height=36 data-key=police-instagram aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=740.9 y=100 rx=0 width=157.1 height=36 data-key=police-whatsapp aria-label=Police zones, WhatsApp, 2016: no figure. In the article: “Municipalities and police zones now use WhatsApp a little more than in 2016.”
rect.hit x=96.6 y=140 rx=0 width=157.1 height=36 data-key=fire-social-media aria-label=Fire zones, Social media, 2016: no figure. In the article: “Municipalities, OCMWs, police and fire zones invested even more in social media in 2017 than the year before.”
rect.hit x=257.7 y=140 rx=0 width=157.1 height=36 data-key=fire-facebook aria-label=Fire zones, Facebook, 2016: not in the article
rect.hit x=418.8 y=140 rx=0 width=157.1 height=36 data-key=fire-twitter aria-label=Fire zones, Twitter, 2016: not in the article
rect.hit x=579.8 y=140 rx=0 width=157.1 height=36 data-key=fire-instagram aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=740.9 y=140 rx=0 width=157.1 height=36 data-key=fire-whatsapp aria-label=Fire zones, WhatsApp, 2016: not in the article
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Municipalities | Facebook | 2016 | not in the article | not in the article | —
row: Municipalities | Twitter | 2016 | not in the article | not in the article | —
row: Municipalities | Instagram | 2016 | about 2 in 5 (≈ 40%) | about (word fraction) | bij gemeenten van respectievelijk twee op vijf naar bijna twee op drie
row: Municipalities | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: OCMWs | Social media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Facebook | 2016 | not in the article | not in the article | —
row: OCMWs | Twitter | 2016 | not in the article | not in the article | —
row: OCMWs | Instagram | 2016 | negligible | negligible | Waar het aantal in 2016 verwaarloosbaar was
row: OCMWs | WhatsApp | 2016 | not in the article | not in the article | —
row: Police zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Police zones | Facebook | 2016 | not in the article | not in the article | —
row: Police zones | Twitter | 2016 | not in the article | not in the article | —
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | WhatsApp | 2016 | no figure | no figure in the article | Gemeenten en politiezones maken nu een beetje meer gebruik van WhatsApp dan in 2016.
row: Fire zones | Social media | 2016 | no figure | no figure in the article | Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.
row: Fire zones | Facebook | 2016 | not in the article | not in the article | —
row: Fire zones | Twitter | 2016 | not in the article | not in the article | —
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | WhatsApp | 2016 | not in the article | not in the article | —`;
/* end snapshot platform-matrix {"year":"2016"} wide en */

snapshots["survey-figure {\"organisation\":\"ocmw\",\"platform\":\"social-media\"} narrow nl"] = 
`title: OCMW’s · Sociale media
summary: OCMW’s, Sociale media, 2016–2017: van 45% naar 67%.
svg width=360 height=101.2 aria-label=OCMW’s, Sociale media, 2016–2017: van 45% naar 67% viewBox=0 0 360 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "45% → 67%"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link x1=16 x2=100 y1=67 y2=59.1
circle.dot.exact.y2016 cx=16 cy=67 r=6
circle.dot.exact.y2017 cx=100 cy=59.1 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=55 rx=12 width=24 height=24 data-key=ocmw-social-media-2016 aria-label=OCMW’s, Sociale media, 2016: 45%
rect.hit x=88 y=47.1 rx=12 width=24 height=24 data-key=ocmw-social-media-2017 aria-label=OCMW’s, Sociale media, 2017: 67%
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: OCMW’s | Sociale media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)`;
/* end snapshot survey-figure {"organisation":"ocmw","platform":"social-media"} narrow nl */

snapshots["survey-figure {\"organisation\":\"ocmw\",\"platform\":\"social-media\"} narrow en"] = 
`title: OCMWs · Social media
summary: OCMWs, Social media, 2016–2017: from 45% to 67%.
svg width=360 height=101.2 aria-label=OCMWs, Social media, 2016–2017: from 45% to 67% viewBox=0 0 360 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "45% → 67%"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link x1=16 x2=100 y1=67 y2=59.1
circle.dot.exact.y2016 cx=16 cy=67 r=6
circle.dot.exact.y2017 cx=100 cy=59.1 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=55 rx=12 width=24 height=24 data-key=ocmw-social-media-2016 aria-label=OCMWs, Social media, 2016: 45%
rect.hit x=88 y=47.1 rx=12 width=24 height=24 data-key=ocmw-social-media-2017 aria-label=OCMWs, Social media, 2017: 67%
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: OCMWs | Social media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)`;
/* end snapshot survey-figure {"organisation":"ocmw","platform":"social-media"} narrow en */

snapshots["survey-figure {\"organisation\":\"ocmw\",\"platform\":\"social-media\"} wide nl"] = 
`title: OCMW’s · Sociale media
summary: OCMW’s, Sociale media, 2016–2017: van 45% naar 67%.
svg width=900 height=101.2 aria-label=OCMW’s, Sociale media, 2016–2017: van 45% naar 67% viewBox=0 0 900 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "45% → 67%"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link x1=16 x2=100 y1=67 y2=59.1
circle.dot.exact.y2016 cx=16 cy=67 r=6
circle.dot.exact.y2017 cx=100 cy=59.1 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=55 rx=12 width=24 height=24 data-key=ocmw-social-media-2016 aria-label=OCMW’s, Sociale media, 2016: 45%
rect.hit x=88 y=47.1 rx=12 width=24 height=24 data-key=ocmw-social-media-2017 aria-label=OCMW’s, Sociale media, 2017: 67%
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: OCMW’s | Sociale media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)`;
/* end snapshot survey-figure {"organisation":"ocmw","platform":"social-media"} wide nl */

snapshots["survey-figure {\"organisation\":\"ocmw\",\"platform\":\"social-media\"} wide en"] = 
`title: OCMWs · Social media
summary: OCMWs, Social media, 2016–2017: from 45% to 67%.
svg width=900 height=101.2 aria-label=OCMWs, Social media, 2016–2017: from 45% to 67% viewBox=0 0 900 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "45% → 67%"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link x1=16 x2=100 y1=67 y2=59.1
circle.dot.exact.y2016 cx=16 cy=67 r=6
circle.dot.exact.y2017 cx=100 cy=59.1 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=55 rx=12 width=24 height=24 data-key=ocmw-social-media-2016 aria-label=OCMWs, Social media, 2016: 45%
rect.hit x=88 y=47.1 rx=12 width=24 height=24 data-key=ocmw-social-media-2017 aria-label=OCMWs, Social media, 2017: 67%
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: OCMWs | Social media | 2016 | 45% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)`;
/* end snapshot survey-figure {"organisation":"ocmw","platform":"social-media"} wide en */

snapshots["survey-figure {\"organisation\":\"fire\",\"platform\":\"instagram\"} narrow nl"] = 
`title: Brandweerzones · Instagram
summary: Brandweerzones, Instagram, 2016–2017: van 40% (n = 5) naar 57% (hoogstens 20 brandweerzones).
svg width=360 height=101.2 aria-label=Brandweerzones, Instagram, 2016–2017: van 40% (n = 5) naar 57% (hoogstens 20 brandweerzones) viewBox=0 0 360 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "40% (n = 5) → 57% (n ≤ 20)"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link x1=16 x2=100 y1=68.8 y2=62.7
circle.dot.exact.y2016 cx=16 cy=68.8 r=6
circle.dot.exact.y2017 cx=100 cy=62.7 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=56.8 rx=12 width=24 height=24 data-key=fire-instagram-2016 aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=88 y=50.7 rx=12 width=24 height=24 data-key=fire-instagram-2017 aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017`;
/* end snapshot survey-figure {"organisation":"fire","platform":"instagram"} narrow nl */

snapshots["survey-figure {\"organisation\":\"fire\",\"platform\":\"instagram\"} narrow en"] = 
`title: Fire zones · Instagram
summary: Fire zones, Instagram, 2016–2017: from 40% (n = 5) to 57% (at most 20 fire zones).
svg width=360 height=101.2 aria-label=Fire zones, Instagram, 2016–2017: from 40% (n = 5) to 57% (at most 20 fire zones) viewBox=0 0 360 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "40% (n = 5) → 57% (n ≤ 20)"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link x1=16 x2=100 y1=68.8 y2=62.7
circle.dot.exact.y2016 cx=16 cy=68.8 r=6
circle.dot.exact.y2017 cx=100 cy=62.7 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=56.8 rx=12 width=24 height=24 data-key=fire-instagram-2016 aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=88 y=50.7 rx=12 width=24 height=24 data-key=fire-instagram-2017 aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017`;
/* end snapshot survey-figure {"organisation":"fire","platform":"instagram"} narrow en */

snapshots["survey-figure {\"organisation\":\"fire\",\"platform\":\"instagram\"} wide nl"] = 
`title: Brandweerzones · Instagram
summary: Brandweerzones, Instagram, 2016–2017: van 40% (n = 5) naar 57% (hoogstens 20 brandweerzones).
svg width=900 height=101.2 aria-label=Brandweerzones, Instagram, 2016–2017: van 40% (n = 5) naar 57% (hoogstens 20 brandweerzones) viewBox=0 0 900 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "40% (n = 5) → 57% (n ≤ 20)"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link x1=16 x2=100 y1=68.8 y2=62.7
circle.dot.exact.y2016 cx=16 cy=68.8 r=6
circle.dot.exact.y2017 cx=100 cy=62.7 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=56.8 rx=12 width=24 height=24 data-key=fire-instagram-2016 aria-label=Brandweerzones, Instagram, 2016: 40% (n = 5)
rect.hit x=88 y=50.7 rx=12 width=24 height=24 data-key=fire-instagram-2017 aria-label=Brandweerzones, Instagram, 2017: 57% (hoogstens 20 brandweerzones)
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Brandweerzones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Brandweerzones | Instagram | 2017 | 57% (hoogstens 20 brandweerzones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017`;
/* end snapshot survey-figure {"organisation":"fire","platform":"instagram"} wide nl */

snapshots["survey-figure {\"organisation\":\"fire\",\"platform\":\"instagram\"} wide en"] = 
`title: Fire zones · Instagram
summary: Fire zones, Instagram, 2016–2017: from 40% (n = 5) to 57% (at most 20 fire zones).
svg width=900 height=101.2 aria-label=Fire zones, Instagram, 2016–2017: from 40% (n = 5) to 57% (at most 20 fire zones) viewBox=0 0 900 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "40% (n = 5) → 57% (n ≤ 20)"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link x1=16 x2=100 y1=68.8 y2=62.7
circle.dot.exact.y2016 cx=16 cy=68.8 r=6
circle.dot.exact.y2017 cx=100 cy=62.7 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=56.8 rx=12 width=24 height=24 data-key=fire-instagram-2016 aria-label=Fire zones, Instagram, 2016: 40% (n = 5)
rect.hit x=88 y=50.7 rx=12 width=24 height=24 data-key=fire-instagram-2017 aria-label=Fire zones, Instagram, 2017: 57% (at most 20 fire zones)
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Fire zones | Instagram | 2016 | 40% (n = 5) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017
row: Fire zones | Instagram | 2017 | 57% (at most 20 fire zones) | exact percentage | met een stijging van 40% in 2016 naar 57% in 2017`;
/* end snapshot survey-figure {"organisation":"fire","platform":"instagram"} wide en */

snapshots["survey-figure {\"organisation\":\"police\",\"platform\":\"instagram\"} narrow nl"] = 
`title: Politiezones · Instagram
summary: Politiezones, Instagram, 2016–2017: van ongeveer 1 op 10 (≈ 10%) naar ongeveer 1 op 5 (≈ 20%).
svg width=360 height=101.2 aria-label=Politiezones, Instagram, 2016–2017: van ongeveer 1 op 10 (≈ 10%) naar ongeveer 1 op 5 (≈ 20%) viewBox=0 0 360 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "≈ 1 op 10 → ≈ 1 op 5"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link.dashed x1=16 x2=100 y1=79.6 y2=76
circle.dot.about.y2016 cx=16 cy=79.6 r=6
circle.dot.about.y2017 cx=100 cy=76 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=67.6 rx=12 width=24 height=24 data-key=police-instagram-2016 aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=88 y=64 rx=12 width=24 height=24 data-key=police-instagram-2017 aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017`;
/* end snapshot survey-figure {"organisation":"police","platform":"instagram"} narrow nl */

snapshots["survey-figure {\"organisation\":\"police\",\"platform\":\"instagram\"} narrow en"] = 
`title: Police zones · Instagram
summary: Police zones, Instagram, 2016–2017: from about 1 in 10 (≈ 10%) to about 1 in 5 (≈ 20%).
svg width=360 height=101.2 aria-label=Police zones, Instagram, 2016–2017: from about 1 in 10 (≈ 10%) to about 1 in 5 (≈ 20%) viewBox=0 0 360 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "≈ 1 in 10 → ≈ 1 in 5"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link.dashed x1=16 x2=100 y1=79.6 y2=76
circle.dot.about.y2016 cx=16 cy=79.6 r=6
circle.dot.about.y2017 cx=100 cy=76 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=67.6 rx=12 width=24 height=24 data-key=police-instagram-2016 aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=88 y=64 rx=12 width=24 height=24 data-key=police-instagram-2017 aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017`;
/* end snapshot survey-figure {"organisation":"police","platform":"instagram"} narrow en */

snapshots["survey-figure {\"organisation\":\"police\",\"platform\":\"instagram\"} wide nl"] = 
`title: Politiezones · Instagram
summary: Politiezones, Instagram, 2016–2017: van ongeveer 1 op 10 (≈ 10%) naar ongeveer 1 op 5 (≈ 20%).
svg width=900 height=101.2 aria-label=Politiezones, Instagram, 2016–2017: van ongeveer 1 op 10 (≈ 10%) naar ongeveer 1 op 5 (≈ 20%) viewBox=0 0 900 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "≈ 1 op 10 → ≈ 1 op 5"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link.dashed x1=16 x2=100 y1=79.6 y2=76
circle.dot.about.y2016 cx=16 cy=79.6 r=6
circle.dot.about.y2017 cx=100 cy=76 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=67.6 rx=12 width=24 height=24 data-key=police-instagram-2016 aria-label=Politiezones, Instagram, 2016: ongeveer 1 op 10 (≈ 10%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
rect.hit x=88 y=64 rx=12 width=24 height=24 data-key=police-instagram-2017 aria-label=Politiezones, Instagram, 2017: ongeveer 1 op 5 (≈ 20%). In het artikel: “bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Politiezones | Instagram | 2016 | ongeveer 1 op 10 (≈ 10%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Politiezones | Instagram | 2017 | ongeveer 1 op 5 (≈ 20%) | ongeveer (woordbreuk) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017`;
/* end snapshot survey-figure {"organisation":"police","platform":"instagram"} wide nl */

snapshots["survey-figure {\"organisation\":\"police\",\"platform\":\"instagram\"} wide en"] = 
`title: Police zones · Instagram
summary: Police zones, Instagram, 2016–2017: from about 1 in 10 (≈ 10%) to about 1 in 5 (≈ 20%).
svg width=900 height=101.2 aria-label=Police zones, Instagram, 2016–2017: from about 1 in 10 (≈ 10%) to about 1 in 5 (≈ 20%) viewBox=0 0 900 101.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "≈ 1 in 10 → ≈ 1 in 5"
line.grid x1=8 x2=108 y1=83.2 y2=83.2
line.link.dashed x1=16 x2=100 y1=79.6 y2=76
circle.dot.about.y2016 cx=16 cy=79.6 r=6
circle.dot.about.y2017 cx=100 cy=76 r=6
g 
text.tick x=16 y=97.2 text-anchor=middle "2016"
text.tick x=100 y=97.2 text-anchor=middle "2017"
g.hits 
rect.hit x=4 y=67.6 rx=12 width=24 height=24 data-key=police-instagram-2016 aria-label=Police zones, Instagram, 2016: about 1 in 10 (≈ 10%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
rect.hit x=88 y=64 rx=12 width=24 height=24 data-key=police-instagram-2017 aria-label=Police zones, Instagram, 2017: about 1 in 5 (≈ 20%). In the article: “among police zones: from about one in ten in 2016 to one in five in 2017”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Police zones | Instagram | 2016 | about 1 in 10 (≈ 10%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017
row: Police zones | Instagram | 2017 | about 1 in 5 (≈ 20%) | about (word fraction) | bij de politiezones: van ongeveer één op tien in 2016 naar één op vijf in 2017`;
/* end snapshot survey-figure {"organisation":"police","platform":"instagram"} wide en */

snapshots["survey-figure {\"organisation\":\"ocmw\",\"platform\":\"social-media\",\"year\":\"2017\"} narrow nl"] = 
`title: OCMW’s · Sociale media · 2017
summary: OCMW’s, Sociale media, 2017: 67%.
svg width=360 height=79.2 aria-label=OCMW’s, Sociale media, 2017: 67% viewBox=0 0 360 79.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "67%"
line.grid x1=8 x2=352 y1=53.2 y2=53.2
circle.dot.exact.y2017 cx=238.5 cy=53.2 r=6
g 
text.tick x=8 y=73.2 text-anchor=start "0%"
text.tick x=352 y=73.2 text-anchor=end "100%"
g.hits 
rect.hit x=226.5 y=41.2 rx=12 width=24 height=24 data-key=ocmw-social-media-2017 aria-label=OCMW’s, Sociale media, 2017: 67%
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)`;
/* end snapshot survey-figure {"organisation":"ocmw","platform":"social-media","year":"2017"} narrow nl */

snapshots["survey-figure {\"organisation\":\"ocmw\",\"platform\":\"social-media\",\"year\":\"2017\"} narrow en"] = 
`title: OCMWs · Social media · 2017
summary: OCMWs, Social media, 2017: 67%.
svg width=360 height=79.2 aria-label=OCMWs, Social media, 2017: 67% viewBox=0 0 360 79.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "67%"
line.grid x1=8 x2=352 y1=53.2 y2=53.2
circle.dot.exact.y2017 cx=238.5 cy=53.2 r=6
g 
text.tick x=8 y=73.2 text-anchor=start "0%"
text.tick x=352 y=73.2 text-anchor=end "100%"
g.hits 
rect.hit x=226.5 y=41.2 rx=12 width=24 height=24 data-key=ocmw-social-media-2017 aria-label=OCMWs, Social media, 2017: 67%
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)`;
/* end snapshot survey-figure {"organisation":"ocmw","platform":"social-media","year":"2017"} narrow en */

snapshots["survey-figure {\"organisation\":\"ocmw\",\"platform\":\"social-media\",\"year\":\"2017\"} wide nl"] = 
`title: OCMW’s · Sociale media · 2017
summary: OCMW’s, Sociale media, 2017: 67%.
svg width=900 height=79.2 aria-label=OCMW’s, Sociale media, 2017: 67% viewBox=0 0 900 79.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "67%"
line.grid x1=8 x2=892 y1=53.2 y2=53.2
circle.dot.exact.y2017 cx=600.3 cy=53.2 r=6
g 
text.tick x=8 y=73.2 text-anchor=start "0%"
text.tick x=892 y=73.2 text-anchor=end "100%"
g.hits 
rect.hit x=588.3 y=41.2 rx=12 width=24 height=24 data-key=ocmw-social-media-2017 aria-label=OCMW’s, Sociale media, 2017: 67%
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: OCMW’s | Sociale media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)`;
/* end snapshot survey-figure {"organisation":"ocmw","platform":"social-media","year":"2017"} wide nl */

snapshots["survey-figure {\"organisation\":\"ocmw\",\"platform\":\"social-media\",\"year\":\"2017\"} wide en"] = 
`title: OCMWs · Social media · 2017
summary: OCMWs, Social media, 2017: 67%.
svg width=900 height=79.2 aria-label=OCMWs, Social media, 2017: 67% viewBox=0 0 900 79.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "67%"
line.grid x1=8 x2=892 y1=53.2 y2=53.2
circle.dot.exact.y2017 cx=600.3 cy=53.2 r=6
g 
text.tick x=8 y=73.2 text-anchor=start "0%"
text.tick x=892 y=73.2 text-anchor=end "100%"
g.hits 
rect.hit x=588.3 y=41.2 rx=12 width=24 height=24 data-key=ocmw-social-media-2017 aria-label=OCMWs, Social media, 2017: 67%
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: OCMWs | Social media | 2017 | 67% | exact percentage | De OCMW’s maken de grootste sprong (van 45% in 2016 naar 67% in 2017)`;
/* end snapshot survey-figure {"organisation":"ocmw","platform":"social-media","year":"2017"} wide en */

snapshots["survey-figure {\"finding\":\"municipality-video-outsourced-2017\"} narrow nl"] = 
`title: Gemeenten · laat video’s maken · 2017
summary: Gemeenten, laat video’s maken, 2017: 13%.
svg width=360 height=79.2 aria-label=Gemeenten, laat video’s maken, 2017: 13% viewBox=0 0 360 79.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "13%"
line.grid x1=8 x2=352 y1=53.2 y2=53.2
circle.dot.exact.y2017 cx=52.7 cy=53.2 r=6
g 
text.tick x=8 y=73.2 text-anchor=start "0%"
text.tick x=352 y=73.2 text-anchor=end "100%"
g.hits 
rect.hit x=40.7 y=41.2 rx=12 width=24 height=24 data-key=municipality-video-outsourced-2017 aria-label=Gemeenten, laat video’s maken, 2017: 13%
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | laat video’s maken | 2017 | 13% | exact percentage | Een minderheid (13%) laat video’s voor sociale media maken.`;
/* end snapshot survey-figure {"finding":"municipality-video-outsourced-2017"} narrow nl */

snapshots["survey-figure {\"finding\":\"municipality-video-outsourced-2017\"} narrow en"] = 
`title: Municipalities · has videos made · 2017
summary: Municipalities, has videos made, 2017: 13%.
svg width=360 height=79.2 aria-label=Municipalities, has videos made, 2017: 13% viewBox=0 0 360 79.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "13%"
line.grid x1=8 x2=352 y1=53.2 y2=53.2
circle.dot.exact.y2017 cx=52.7 cy=53.2 r=6
g 
text.tick x=8 y=73.2 text-anchor=start "0%"
text.tick x=352 y=73.2 text-anchor=end "100%"
g.hits 
rect.hit x=40.7 y=41.2 rx=12 width=24 height=24 data-key=municipality-video-outsourced-2017 aria-label=Municipalities, has videos made, 2017: 13%
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | has videos made | 2017 | 13% | exact percentage | Een minderheid (13%) laat video’s voor sociale media maken.`;
/* end snapshot survey-figure {"finding":"municipality-video-outsourced-2017"} narrow en */

snapshots["survey-figure {\"finding\":\"municipality-video-outsourced-2017\"} wide nl"] = 
`title: Gemeenten · laat video’s maken · 2017
summary: Gemeenten, laat video’s maken, 2017: 13%.
svg width=900 height=79.2 aria-label=Gemeenten, laat video’s maken, 2017: 13% viewBox=0 0 900 79.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "13%"
line.grid x1=8 x2=892 y1=53.2 y2=53.2
circle.dot.exact.y2017 cx=122.9 cy=53.2 r=6
g 
text.tick x=8 y=73.2 text-anchor=start "0%"
text.tick x=892 y=73.2 text-anchor=end "100%"
g.hits 
rect.hit x=110.9 y=41.2 rx=12 width=24 height=24 data-key=municipality-video-outsourced-2017 aria-label=Gemeenten, laat video’s maken, 2017: 13%
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Gemeenten | laat video’s maken | 2017 | 13% | exact percentage | Een minderheid (13%) laat video’s voor sociale media maken.`;
/* end snapshot survey-figure {"finding":"municipality-video-outsourced-2017"} wide nl */

snapshots["survey-figure {\"finding\":\"municipality-video-outsourced-2017\"} wide en"] = 
`title: Municipalities · has videos made · 2017
summary: Municipalities, has videos made, 2017: 13%.
svg width=900 height=79.2 aria-label=Municipalities, has videos made, 2017: 13% viewBox=0 0 900 79.2
g 
text.big x=0 y=28.2
tspan x=0 dy=0 "13%"
line.grid x1=8 x2=892 y1=53.2 y2=53.2
circle.dot.exact.y2017 cx=122.9 cy=53.2 r=6
g 
text.tick x=8 y=73.2 text-anchor=start "0%"
text.tick x=892 y=73.2 text-anchor=end "100%"
g.hits 
rect.hit x=110.9 y=41.2 rx=12 width=24 height=24 data-key=municipality-video-outsourced-2017 aria-label=Municipalities, has videos made, 2017: 13%
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Municipalities | has videos made | 2017 | 13% | exact percentage | Een minderheid (13%) laat video’s voor sociale media maken.`;
/* end snapshot survey-figure {"finding":"municipality-video-outsourced-2017"} wide en */

snapshots["survey-figure {\"finding\":\"all-facebook-live-2017\"} narrow nl"] = 
`title: Algemeen · Facebook Live · 2017
summary: Algemeen, Facebook Live, 2017: geen cijfer.
svg width=360 height=44.4 aria-label=Algemeen, Facebook Live, 2017: geen cijfer viewBox=0 0 360 44.4
g 
text.big.muted x=0 y=12.8
tspan x=0 dy=0 "geen cijfer"
g 
text.quote x=0 y=22
tspan x=0 dy=1.23em "“Ook Facebook Live valt in de smaak.”"
g.hits 
rect.hit x=0 y=19.2 rx=0 width=360 height=24 data-key=words aria-label=Algemeen, Facebook Live, 2017: geen cijfer. In het artikel: “Ook Facebook Live valt in de smaak.”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Algemeen | Facebook Live | 2017 | geen cijfer | geen cijfer in het artikel | Ook Facebook Live valt in de smaak.`;
/* end snapshot survey-figure {"finding":"all-facebook-live-2017"} narrow nl */

snapshots["survey-figure {\"finding\":\"all-facebook-live-2017\"} narrow en"] = 
`title: Overall · Facebook Live · 2017
summary: Overall, Facebook Live, 2017: no figure.
svg width=360 height=44.4 aria-label=Overall, Facebook Live, 2017: no figure viewBox=0 0 360 44.4
g 
text.big.muted x=0 y=12.8
tspan x=0 dy=0 "no figure"
g 
text.quote x=0 y=22
tspan x=0 dy=1.23em "“Facebook Live is popular too.”"
g.hits 
rect.hit x=0 y=19.2 rx=0 width=360 height=24 data-key=words aria-label=Overall, Facebook Live, 2017: no figure. In the article: “Facebook Live is popular too.”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Overall | Facebook Live | 2017 | no figure | no figure in the article | Ook Facebook Live valt in de smaak.`;
/* end snapshot survey-figure {"finding":"all-facebook-live-2017"} narrow en */

snapshots["survey-figure {\"finding\":\"all-facebook-live-2017\"} wide nl"] = 
`title: Algemeen · Facebook Live · 2017
summary: Algemeen, Facebook Live, 2017: geen cijfer.
svg width=900 height=44.4 aria-label=Algemeen, Facebook Live, 2017: geen cijfer viewBox=0 0 900 44.4
g 
text.big.muted x=0 y=12.8
tspan x=0 dy=0 "geen cijfer"
g 
text.quote x=0 y=22
tspan x=0 dy=1.23em "“Ook Facebook Live valt in de smaak.”"
g.hits 
rect.hit x=0 y=19.2 rx=0 width=900 height=24 data-key=words aria-label=Algemeen, Facebook Live, 2017: geen cijfer. In het artikel: “Ook Facebook Live valt in de smaak.”
row: Bestuur | Platform | Jaar | Aandeel | Nauwkeurigheid | Woorden in het artikel
row: Algemeen | Facebook Live | 2017 | geen cijfer | geen cijfer in het artikel | Ook Facebook Live valt in de smaak.`;
/* end snapshot survey-figure {"finding":"all-facebook-live-2017"} wide nl */

snapshots["survey-figure {\"finding\":\"all-facebook-live-2017\"} wide en"] = 
`title: Overall · Facebook Live · 2017
summary: Overall, Facebook Live, 2017: no figure.
svg width=900 height=44.4 aria-label=Overall, Facebook Live, 2017: no figure viewBox=0 0 900 44.4
g 
text.big.muted x=0 y=12.8
tspan x=0 dy=0 "no figure"
g 
text.quote x=0 y=22
tspan x=0 dy=1.23em "“Facebook Live is popular too.”"
g.hits 
rect.hit x=0 y=19.2 rx=0 width=900 height=24 data-key=words aria-label=Overall, Facebook Live, 2017: no figure. In the article: “Facebook Live is popular too.”
row: Organisation | Platform | Year | Share | Precision | Words in the article
row: Overall | Facebook Live | 2017 | no figure | no figure in the article | Ook Facebook Live valt in de smaak.`;
/* end snapshot survey-figure {"finding":"all-facebook-live-2017"} wide en */

