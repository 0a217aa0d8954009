# Demo survey: questions and answer options. Norwegian Bokmål is the source text.
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = Har du permisjon fra opplæringen eller programmet ditt nå?
q-group = Hva deltar du i?
opt-group-training = Opplæring i norsk og samfunnskunnskap
opt-group-introduction = Introduksjonsprogrammet
opt-group-both = Begge deler

## Answers used by many questions

answer-yes = Ja
answer-no = Nei
scale-1 = Helt uenig
scale-2 = Litt uenig
scale-3 = Verken enig eller uenig
scale-4 = Litt enig
scale-5 = Helt enig

## Block titles

block-background = Om deg
block-training = Norskopplæringen
block-introduction = Introduksjonsprogrammet
block-wellbeing = Trivsel

## About you

q-age = Hvor gammel er du?
opt-age-18-25 = 18 til 25 år
opt-age-26-35 = 26 til 35 år
opt-age-36-45 = 36 til 45 år
opt-age-46-55 = 46 til 55 år
opt-age-56-plus = 56 år eller eldre
q-time-in-norway = Hvor lenge har du bodd i Norge?
opt-time-under-1 = Mindre enn ett år
opt-time-1-2 = Ett til to år
opt-time-3-5 = Tre til fem år
opt-time-over-5 = Mer enn fem år
q-course-level = Hvilket nivå går du på i norskopplæringen?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 eller høyere
opt-level-unknown = Vet ikke

## Norwegian language training and social studies

q-motivated = Jeg har lyst til å lære norsk.
q-everyday-norwegian = Jeg lærer norsk som jeg har bruk for i hverdagen.
q-teacher-explains = Læreren forklarer slik at jeg forstår.
q-pace = Tempoet i undervisningen passer for meg.
q-social-studies = Samfunnskunnskap hjelper meg å forstå Norge.
q-use-outside = Jeg bruker norsk utenfor klasserommet.
q-practice-hours = Hvor mange timer i uka øver du på norsk utenfor timene?
opt-hours-0-1 = Null til én time
opt-hours-2-5 = To til fem timer
opt-hours-6-10 = Seks til ti timer
opt-hours-over-10 = Mer enn ti timer
q-helps-learning = Hva hjelper deg mest når du lærer norsk? Du kan velge flere svar.
opt-help-teacher = Læreren
opt-help-classmates = De andre i klassen
opt-help-apps = Apper og internett
opt-help-work = Jobb eller praksis
opt-help-media = TV, radio og aviser
opt-help-friends = Venner og naboer

## The introduction programme

q-know-goal = Jeg vet hva som er målet med programmet mitt.
q-made-plan = Var du med på å lage planen for programmet ditt?
q-programme-helps-work = Programmet hjelper meg å få jobb eller utdanning.
q-adviser-help = Jeg får den hjelpen jeg trenger fra programrådgiveren min.
q-had-work-practice = Har du hatt arbeidspraksis i programmet?
q-work-practice-useful = Arbeidspraksisen var nyttig for meg.
q-after-programme = Hva vil du gjøre etter programmet?
opt-after-work = Jobbe
opt-after-education = Ta utdanning
opt-after-both = Både jobbe og ta utdanning
opt-after-unknown = Vet ikke ennå

## Wellbeing

q-thrive = Jeg trives på skolen der jeg går.
q-safe = Jeg føler meg trygg der jeg går på skole.
q-respect = Jeg blir behandlet med respekt.
q-someone-to-talk = Jeg har noen å snakke med når jeg trenger det.
q-overall-satisfied = Alt i alt er jeg fornøyd med opplæringen jeg får.
q-anything-else = Er det noe mer du vil fortelle oss? Du kan hoppe over dette spørsmålet.
