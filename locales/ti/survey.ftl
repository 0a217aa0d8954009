# Demo survey: questions and answer options (Tigrinya / ትግርኛ).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = ሕጂ ካብ ትምህርትኹም ወይ ፕሮግራምኩም ፍቓድ ወሲድኩም ዶ ኣለኹም?
q-group = ኣብ እንታይ ኢኹም ትሳተፉ ዘለኹም?
opt-group-training = ትምህርቲ ቋንቋ ኖርወይን ፍልጠት ሕብረተሰብን
opt-group-introduction = መእተዊ ፕሮግራም
opt-group-both = ክልቲኡ

## Answers used by many questions

answer-yes = እወ
answer-no = ኣይፋል
scale-1 = ፈጺመ ኣይሰማማዕን
scale-2 = ቁሩብ ኣይሰማማዕን
scale-3 = ኣይሰማማዕን ኣይቃወምን
scale-4 = ቁሩብ እሰማማዕ
scale-5 = ምሉእ ብምሉእ እሰማማዕ

## Block titles

block-background = ብዛዕባኹም
block-training = ትምህርቲ ቋንቋ ኖርወይ
block-introduction = መእተዊ ፕሮግራም
block-wellbeing = ምቾትን ሓጎስን

## About you

q-age = ዕድመኹም ክንደይ እዩ?
opt-age-18-25 = ካብ 18 ክሳብ 25 ዓመት
opt-age-26-35 = ካብ 26 ክሳብ 35 ዓመት
opt-age-36-45 = ካብ 36 ክሳብ 45 ዓመት
opt-age-46-55 = ካብ 46 ክሳብ 55 ዓመት
opt-age-56-plus = 56 ዓመት ወይ ካብኡ ንላዕሊ
q-time-in-norway = ኣብ ኖርወይ ክንደይ ግዜ ነቢርኩም?
opt-time-under-1 = ካብ ሓደ ዓመት ንታሕቲ
opt-time-1-2 = ካብ ሓደ ክሳብ ክልተ ዓመት
opt-time-3-5 = ካብ ሰለስተ ክሳብ ሓሙሽተ ዓመት
opt-time-over-5 = ካብ ሓሙሽተ ዓመት ንላዕሊ
q-course-level = ኣብ ትምህርቲ ቋንቋ ኖርወይ ኣብ ኣየናይ ደረጃ ኢኹም ዘለኹም?
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 ወይ ካብኡ ንላዕሊ
opt-level-unknown = ኣይፈልጥን

## Norwegian language training and social studies

q-motivated = ቋንቋ ኖርወይ ክመሃር እደሊ እየ።
q-everyday-norwegian = ኣብ መዓልታዊ ህይወተይ ዘድልየኒ ቋንቋ ኖርወይ እመሃር ኣለኹ።
q-teacher-explains = መምህር ብዝርደኣኒ መንገዲ ይገልጽ።
q-pace = ቅልጣፈ ትምህርቲ ይሰማማዓኒ እዩ።
q-social-studies = ፍልጠት ሕብረተሰብ ንኖርወይ ንኽርዳእ ይሕግዘኒ።
q-use-outside = ካብ ክፍሊ ትምህርቲ ወጻኢ ቋንቋ ኖርወይ እጥቀም።
q-practice-hours = ካብ ሰዓታት ትምህርቲ ወጻኢ ኣብ ሰሙን ክንደይ ሰዓት ቋንቋ ኖርወይ ትለማመዱ?
opt-hours-0-1 = ካብ ዜሮ ክሳብ ሓደ ሰዓት
opt-hours-2-5 = ካብ ክልተ ክሳብ ሓሙሽተ ሰዓት
opt-hours-6-10 = ካብ ሽዱሽተ ክሳብ ዓሰርተ ሰዓት
opt-hours-over-10 = ካብ ዓሰርተ ሰዓት ንላዕሊ
q-helps-learning = ቋንቋ ኖርወይ ክትመሃሩ ከለኹም ብዝያዳ ዝሕግዘኩም እንታይ እዩ? ልዕሊ ሓደ መልሲ ክትመርጹ ትኽእሉ ኢኹም።
opt-help-teacher = መምህር
opt-help-classmates = ካልኦት ተማሃሮ ኣብ ክፍሊ
opt-help-apps = ኣፕታትን ኢንተርነትን
opt-help-work = ስራሕ ወይ ልምምድ ስራሕ
opt-help-media = ቲቪ፣ ሬድዮን ጋዜጣታትን
opt-help-friends = ኣዕሩኽን ጎረባብትን

## The introduction programme

q-know-goal = ዕላማ ፕሮግራመይ እንታይ ምዃኑ እፈልጥ እየ።
q-made-plan = ኣብ ምድላው ትልሚ ፕሮግራምኩም ተሳቲፍኩም ዶ?
q-programme-helps-work = እቲ ፕሮግራም ስራሕ ወይ ትምህርቲ ንኽረክብ ይሕግዘኒ።
q-adviser-help = ካብ ኣማኻሪ ፕሮግራመይ ዘድልየኒ ሓገዝ እረክብ እየ።
q-had-work-practice = ኣብቲ ፕሮግራም ልምምድ ስራሕ ገይርኩም ዶ?
q-work-practice-useful = እቲ ልምምድ ስራሕ ጠቓሚ ኮይኑኒ።
q-after-programme = ድሕሪ እቲ ፕሮግራም እንታይ ክትገብሩ ትደልዩ?
opt-after-work = ምስራሕ
opt-after-education = ምምሃር
opt-after-both = ክልቲኡ፡ ምስራሕን ምምሃርን
opt-after-unknown = ገና ኣይፈልጥን

## Wellbeing

q-thrive = ኣብቲ ዝመሃረሉ ቤት ትምህርቲ ሕጉስ እየ።
q-safe = ኣብቲ ዝመሃረሉ ቤት ትምህርቲ ውሑስ ኮይኑ ይስምዓኒ።
q-respect = ብኽብረት ይሕዙኒ።
q-someone-to-talk = ኣብ ዘድልየኒ ግዜ ዘዛርቦ ሰብ ኣለኒ።
q-overall-satisfied = ብሓፈሻ በቲ ዝረኽቦ ትምህርቲ ዕጉብ እየ።
q-anything-else = ክትነግሩና እትደልዩ ካልእ ነገር ኣሎ ዶ? ነዚ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም።
