# Demo survey: questions and answer options (Burmese / မြန်မာ, Unicode).
# Every message here is also spoken: audio/<language>/<message-id>.ogg.

## Screening and participant group

q-on-leave = အခု သင့်သင်တန်း ဒါမှမဟုတ် အစီအစဉ်ကနေ ခွင့်ယူထားသလား။
q-group = သင် ဘာမှာ ပါဝင်နေလဲ။
opt-group-training = နော်ဝေစကားနဲ့ လူ့အဖွဲ့အစည်းအကြောင်း သင်တန်း
opt-group-introduction = မိတ်ဆက်အစီအစဉ်
opt-group-both = နှစ်ခုလုံး

## Answers used by many questions

answer-yes = ဟုတ်ကဲ့
answer-no = မဟုတ်ပါ
scale-1 = လုံးဝ သဘောမတူပါဘူး
scale-2 = နည်းနည်း သဘောမတူပါဘူး
scale-3 = သဘောတူတာလည်း မဟုတ်၊ မတူတာလည်း မဟုတ်
scale-4 = နည်းနည်း သဘောတူပါတယ်
scale-5 = လုံးဝ သဘောတူပါတယ်

## Block titles

block-background = သင့်အကြောင်း
block-training = နော်ဝေစကား သင်တန်း
block-introduction = မိတ်ဆက်အစီအစဉ်
block-wellbeing = စိတ်ချမ်းသာမှု

## About you

q-age = သင် အသက် ဘယ်လောက်လဲ။
opt-age-18-25 = ၁၈ နှစ်ကနေ ၂၅ နှစ်အထိ
opt-age-26-35 = ၂၆ နှစ်ကနေ ၃၅ နှစ်အထိ
opt-age-36-45 = ၃၆ နှစ်ကနေ ၄၅ နှစ်အထိ
opt-age-46-55 = ၄၆ နှစ်ကနေ ၅၅ နှစ်အထိ
opt-age-56-plus = ၅၆ နှစ်နဲ့ အထက်
q-time-in-norway = နော်ဝေမှာ နေတာ ဘယ်လောက် ကြာပြီလဲ။
opt-time-under-1 = တစ်နှစ်အောက်
opt-time-1-2 = တစ်နှစ်ကနေ နှစ်နှစ်အထိ
opt-time-3-5 = သုံးနှစ်ကနေ ငါးနှစ်အထိ
opt-time-over-5 = ငါးနှစ်ထက် ပို
q-course-level = နော်ဝေစကား သင်တန်းမှာ ဘယ်အဆင့် တက်နေလဲ။
opt-level-a1 = A1
opt-level-a2 = A2
opt-level-b1 = B1
opt-level-b2 = B2 နဲ့ အထက်
opt-level-unknown = မသိပါ

## Norwegian language training and social studies

q-motivated = နော်ဝေစကား သင်ယူချင်ပါတယ်။
q-everyday-norwegian = နေ့စဉ်ဘဝမှာ သုံးဖို့ လိုတဲ့ နော်ဝေစကားကို သင်ယူနေရပါတယ်။
q-teacher-explains = ဆရာ/ဆရာမက ကိုယ် နားလည်အောင် ရှင်းပြပါတယ်။
q-pace = သင်ကြားတဲ့ အမြန်နှုန်းက ကိုယ်နဲ့ ကိုက်ညီပါတယ်။
q-social-studies = လူ့အဖွဲ့အစည်းအကြောင်း သင်ခန်းစာက နော်ဝေကို နားလည်အောင် ကူညီပါတယ်။
q-use-outside = စာသင်ခန်း အပြင်မှာ နော်ဝေစကား သုံးပါတယ်။
q-practice-hours = စာသင်ချိန် အပြင်မှာ တစ်ပတ်ကို နော်ဝေစကား ဘယ်နှနာရီ လေ့ကျင့်လဲ။
opt-hours-0-1 = သုညကနေ တစ်နာရီအထိ
opt-hours-2-5 = နှစ်နာရီကနေ ငါးနာရီအထိ
opt-hours-6-10 = ခြောက်နာရီကနေ ဆယ်နာရီအထိ
opt-hours-over-10 = ဆယ်နာရီထက် ပို
q-helps-learning = နော်ဝေစကား သင်ယူတဲ့အခါ ဘာက အကူအညီ အများဆုံး ဖြစ်လဲ။ အဖြေ တစ်ခုထက် ပိုရွေးလို့ ရပါတယ်။
opt-help-teacher = ဆရာ/ဆရာမ
opt-help-classmates = အတန်းထဲက တခြားသူတွေ
opt-help-apps = အက်ပ်တွေနဲ့ အင်တာနက်
opt-help-work = အလုပ် ဒါမှမဟုတ် အလုပ်သင်
opt-help-media = တီဗီ၊ ရေဒီယိုနဲ့ သတင်းစာ
opt-help-friends = သူငယ်ချင်းတွေနဲ့ အိမ်နီးချင်းတွေ

## The introduction programme

q-know-goal = ကိုယ့်အစီအစဉ်ရဲ့ ရည်မှန်းချက်က ဘာလဲဆိုတာ သိပါတယ်။
q-made-plan = သင့်အစီအစဉ်အတွက် စီမံချက်ကို ရေးဆွဲရာမှာ သင် ပါဝင်ခဲ့သလား။
q-programme-helps-work = ဒီအစီအစဉ်က အလုပ် ဒါမှမဟုတ် ပညာရေး ရဖို့ ကူညီပါတယ်။
q-adviser-help = အစီအစဉ် အကြံပေးဆီက လိုအပ်တဲ့ အကူအညီကို ရပါတယ်။
q-had-work-practice = အစီအစဉ်ထဲမှာ အလုပ်သင် လုပ်ဖူးသလား။
q-work-practice-useful = အလုပ်သင်က ကိုယ့်အတွက် အသုံးဝင်ခဲ့ပါတယ်။
q-after-programme = အစီအစဉ် ပြီးရင် ဘာလုပ်ချင်လဲ။
opt-after-work = အလုပ်လုပ်မယ်
opt-after-education = ကျောင်းဆက်တက်မယ်
opt-after-both = အလုပ်လည်း လုပ်မယ်၊ ကျောင်းလည်း တက်မယ်
opt-after-unknown = မသိသေးပါ

## Wellbeing

q-thrive = ကိုယ်တက်နေတဲ့ ကျောင်းမှာ ပျော်ပါတယ်။
q-safe = ကိုယ်တက်နေတဲ့ ကျောင်းမှာ လုံခြုံတယ်လို့ ခံစားရပါတယ်။
q-respect = တခြားသူတွေက ကိုယ့်ကို လေးစားစွာ ဆက်ဆံပါတယ်။
q-someone-to-talk = လိုအပ်တဲ့အခါ စကားပြောစရာ လူ ရှိပါတယ်။
q-overall-satisfied = အားလုံးခြုံကြည့်ရင် ရနေတဲ့ သင်တန်းကို ကျေနပ်ပါတယ်။
q-anything-else = ကျွန်ုပ်တို့ကို တခြား ပြောပြချင်တာ ရှိသေးလား။ ဒီမေးခွန်းကို ကျော်လို့ ရပါတယ်။
