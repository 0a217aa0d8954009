# Demo survey: questions and answer options in Kurmanji Kurdish (Kurmancî, Latin script). Translated from Norwegian Bokmål.
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Ma tu niha ji perwerdehiya xwe an ji bernameya xwe bi îzin î?
q-group = Tu beşdarî çi dibî?
opt-group-training = Perwerdehiya zimanê norwecî û zanyariyên civakî
opt-group-introduction = Bernameya destpêkê
opt-group-both = Herdu jî

## Answers used by many questions

answer-yes = Erê
answer-no = Na
scale-1 = Qet ne hemfikir im
scale-2 = Hinekî ne hemfikir im
scale-3 = Ne erê, ne na
scale-4 = Hinekî hemfikir im
scale-5 = Bi tevahî hemfikir im

## Block titles

block-background = Derbarê te de
block-training = Perwerdehiya norwecî
block-introduction = Bernameya destpêkê
block-wellbeing = Xweşhalî

## About you

q-age = Tu çend salî yî?
opt-age-18-25 = 18 heta 25 salî
opt-age-26-35 = 26 heta 35 salî
opt-age-36-45 = 36 heta 45 salî
opt-age-46-55 = 46 heta 55 salî
opt-age-56-plus = 56 salî an mezintir
q-time-in-norway = Çiqas dem e tu li Norwecê dijî?
opt-time-under-1 = Kêmtir ji salekê
opt-time-1-2 = Salek heta du sal
opt-time-3-5 = Sê heta pênc sal
opt-time-over-5 = Zêdetir ji pênc salan
q-course-level = Tu di perwerdehiya norwecî de di kîjan astê de yî?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 an bilindtir
opt-level-unknown = Nizanim

## Norwegian language training and social studies

q-motivated = Ez dixwazim norwecî hîn bibim.
q-everyday-norwegian = Ez wê norwecîyê hîn dibim ku di jiyana rojane de ji min re lazim e.
q-teacher-explains = Mamoste wisa rave dike ku ez fêm dikim.
q-pace = Leza dersan ji min re guncav e.
q-social-studies = Zanyariyên civakî alîkariya min dikin ku ez Norwecê fêm bikim.
q-use-outside = Ez li derveyî polê jî norwecî bi kar tînim.
q-practice-hours = Li derveyî dersan, tu di hefteyê de çend saetan norwecî pratîk dikî?
opt-hours-0-1 = Sifir heta yek saet
opt-hours-2-5 = Du heta pênc saet
opt-hours-6-10 = Şeş heta deh saet
opt-hours-over-10 = Zêdetir ji deh saetan
q-helps-learning = Dema tu norwecî hîn dibî, herî zêde çi alîkariya te dike? Tu dikarî çend bersivan hilbijêrî.
opt-help-teacher = Mamoste
opt-help-classmates = Hevalên polê
opt-help-apps = Aplîkasyon û înternet
opt-help-work = Kar an pratîka kar
opt-help-media = TV, radyo û rojname
opt-help-friends = Heval û cîran

## The introduction programme

q-know-goal = Ez dizanim armanca bernameya min çi ye.
q-made-plan = Ma tu beşdarî amadekirina plana bernameya xwe bûyî?
q-programme-helps-work = Bername alîkariya min dike ku ez kar an perwerdehiyê bibînim.
q-adviser-help = Ez ji şêwirmendê bernameya xwe ew alîkarî distînim ku pêwîstiya min pê heye.
q-had-work-practice = Ma te di bernameyê de pratîka kar kiriye?
q-work-practice-useful = Pratîka kar ji min re bi kêr hat.
q-after-programme = Piştî bernameyê tu dixwazî çi bikî?
opt-after-work = Bixebitim
opt-after-education = Bixwînim
opt-after-both = Hem bixebitim hem jî bixwînim
opt-after-unknown = Hîn nizanim

## Wellbeing

q-thrive = Ez li dibistana ku lê dixwînim kêfxweş im.
q-safe = Li dibistana ku ez lê dixwînim, ez xwe ewle hîs dikim.
q-respect = Ji min re rêz tê girtin.
q-someone-to-talk = Gava pêwîst be, kesek heye ku ez pê re biaxivim.
q-overall-satisfied = Bi giştî, ez ji perwerdehiya ku distînim razî me.
q-anything-else = Ma tiştekî din heye ku tu dixwazî ji me re bêjî? Tu dikarî vê pirsê derbas bikî.
