# Screen texts of the kiosk (Burmese / မြန်မာ, Unicode).

## Welcome

welcome-greeting = ကြိုဆိုပါတယ်
welcome-choose-language = ဘာသာစကား ရွေးပါ
welcome-instructions = စဖို့ သင့်ဘာသာစကားကို နှိပ်ပါ။ စာကို နားထောင်ဖို့ စပီကာပုံကို နှိပ်ပါ။
welcome-start = စတင်ရန်

## Privacy notice

privacy-title = ဒီစစ်တမ်းအကြောင်း
privacy-notice =
    ဒီစစ်တမ်းမှာ နာမည် မပါပါဘူး။ သင့်နာမည်ကို ကျွန်ုပ်တို့ မမေးပါဘူး၊ သင် ဘာဖြေလဲဆိုတာ ဘယ်သူမှ မမြင်နိုင်ပါဘူး။
    ဖြေချင်မှ ဖြေပါ။ ရပ်ချင်တဲ့အချိန် ရပ်နိုင်ပါတယ်၊ ရပ်ရင် ဘာမှ သိမ်းမထားပါဘူး။
    သင့်အဖြေတွေကို ကုဒ်ဝှက်ပြီး ပေါင်းစည်းရေးနှင့် ကွဲပြားမှုဆိုင်ရာ ညွှန်ကြားရေးဦးစီးဌာန Integrerings- og mangfoldsdirektoratet (IMDi) ကို ပို့ပါတယ်။
    သင့်မြို့နယ် (kommune) က လူအများကြီးရဲ့ အဖြေတွေကို ပေါင်းပြီးမှသာ မြင်ရပါတယ်၊ တစ်ယောက်ချင်းရဲ့ အဖြေကို ဘယ်တော့မှ မမြင်ရပါဘူး။
    ဒီစစ်တမ်းဟာ မိတ်ဆက်အစီအစဉ်ဥပဒေ (introduksjonsloven) § 25 နဲ့ ပေါင်းစည်းရေးဥပဒေ (integreringsloven) § 41 ကို လိုက်နာပါတယ်။
privacy-accept = နားလည်ပါပြီ၊ ဆက်သွားမယ်

## Moving through the survey

nav-next = ရှေ့ဆက်ရန်
nav-back = နောက်ပြန်ရန်
nav-play = နားထောင်ရန်
nav-stop-sound = အသံ ရပ်ရန်
progress = မေးခွန်း { $total } ခုအနက် { $current } ခုမြောက်
free-text-placeholder = ရေးချင်ရင် ဒီမှာ ရေးပါ
free-text-skip = ကျော်ရန်
choose-one = အဖြေ တစ်ခု ရွေးပါ။
choose-many = အဖြေ တစ်ခု ဒါမှမဟုတ် တစ်ခုထက်ပို ရွေးပါ။

## Endings

screening-ended = ကျေးဇူးတင်ပါတယ်။ အခု ဒီစစ်တမ်းကို မဖြေရပါဘူး။ ဆရာ/ဆရာမကို ပြောပြပါ။
finish-thanks = ဖြေပေးတဲ့အတွက် အများကြီး ကျေးဇူးတင်ပါတယ်။
finish-next = အခု နောက်တစ်ယောက် ဖြေလို့ရပါပြီ။
survey-closed = စစ်တမ်းကို အခု ပိတ်ထားပါတယ်။
survey-closed-detail = { $opens } ကနေ { $closes } အထိ ဖွင့်ပါတယ်။

## Idle warning

idle-title = ဒီမှာ ရှိနေသေးလား။
idle-countdown = { $seconds } စက္ကန့်ကြာရင် စစ်တမ်းကို အစက ပြန်စပါမယ်၊ သင့်အဖြေတွေလည်း ပျက်သွားပါမယ်။
idle-continue = ဆက်ဖြေချင်ပါတယ်

## Sound

sound-unavailable = ဒီစက်မှာ အသံ မထွက်ပါဘူး။
display-text-size = စာလုံး ပိုကြီးရန်
display-contrast = အရောင် ပိုပြင်းရန်

## Practice mode

practice-banner = လေ့ကျင့်ခန်း ဗားရှင်း - ဘာမှ သိမ်းမထားပါဘူး။

## Coordinator mode

coord-title = ညှိနှိုင်းရေးမှူး
coord-pin-set = ညှိနှိုင်းရေးမှူးအတွက် PIN ကုဒ် ရွေးပါ
coord-pin-enter = PIN ကုဒ် ရိုက်ထည့်ပါ
coord-pin-confirm = PIN ကုဒ် သိမ်းရန်
coord-unlock = သော့ဖွင့်ရန်
coord-pack = အကြောင်းအရာ ပက်ကေ့ချ်
coord-period = စစ်တမ်း ဖွင့်ထားချိန်
coord-pending = ပို့ဖို့ စောင့်နေတဲ့ အဖြေများ
coord-synced = ပို့ပြီးသား အဖြေများ
coord-last-sync = နောက်ဆုံး ပို့ခဲ့ချိန်
coord-never = တစ်ခါမှ မရှိသေး
coord-audio = အသံ
coord-audio-ok = အလုပ်လုပ်ပါတယ်
coord-audio-missing = အသံစက် မရှိပါ
coord-practice-on = လေ့ကျင့်ခန်း တစ်ကြိမ် စတင်ရန်
coord-practice-off = လေ့ကျင့်ခန်းကို ပယ်ဖျက်ရန်
coord-enrol = မြို့နယ် (kommune) နဲ့ ချိတ်ဆက်ရန်
coord-collector-url = အဖြေစုဆောင်းတဲ့ ဝန်ဆောင်မှုရဲ့ လိပ်စာ
coord-access-code = မြို့နယ်က ပေးတဲ့ ဝင်ခွင့်ကုဒ်
coord-enrolled = { $municipality } နဲ့ ချိတ်ဆက်ထားပါတယ်
coord-sync = အဖြေတွေကို အခု ပို့ရန်
coord-sync-progress = { $total } ခုအနက် { $done } ခု ပို့ပြီး
coord-sync-done = အဖြေအားလုံး ပို့ပြီးပါပြီ။
coord-sync-stop = ပို့တာ ရပ်ရန်
coord-sync-retrying = အဖြေစုဆောင်းတဲ့ ဝန်ဆောင်မှုက တုံ့ပြန်မှု မရှိပါဘူး။ ထပ်ကြိုးစားနေပါတယ် (အကြိမ် { $retries })။
coord-sync-stopped = ပို့တာကို ရပ်လိုက်ပါပြီ။
coord-sync-sent = အခု ပို့ပြီးပါပြီ - အဖြေ { $count } ခု။
coord-sync-refused-outside-period = စစ်တမ်းကာလ ပြင်ပက နေ့တစ်နေ့က အဖြေတွေ ဖြစ်နေလို့ အဖြေ { $count } ခုကို လက်မခံပါဘူး။ စက်ပေါ်က ရက်စွဲကို စစ်ပါ။
coord-sync-refused-future-date = ရက်စွဲက အနာဂတ်ရက် ဖြစ်နေလို့ အဖြေ { $count } ခုကို လက်မခံပါဘူး။ စက်ပေါ်က ရက်စွဲနဲ့ အချိန်ကို စစ်ပါ။
coord-sync-refused-other = အဖြေ { $count } ခုကို လက်မခံပါဘူး ({ $reason })။ စစ်တမ်းကို တာဝန်ယူထားသူကို ဆက်သွယ်ပါ။
coord-sync-waiting = အဖြေ { $count } ခု ပို့ဖို့ စောင့်နေဆဲပါ။ ဒီစက်ထဲမှာ လုံခြုံစွာ သိမ်းထားပြီး နောက်တစ်ကြိမ်မှာ ပို့ပါမယ်။
coord-sync-new-content = အကြောင်းအရာ အသစ် ထည့်သွင်းပြီးပါပြီ (ဗားရှင်း { $version })။
coord-exit = kiosk ကို ပိတ်ရန်
coord-close = ပိတ်ရန်
coord-pin-rule = PIN ကုဒ်မှာ ဂဏန်း ၄ လုံးမှ ၁၂ လုံးအထိ ရှိရပါမယ်။
coord-pin-again = PIN ကုဒ် အတူတူကို နောက်တစ်ခါ ရိုက်ထည့်ပါ
coord-keypad-erase = ဖျက်ရန်
coord-auto-locked = တစ်ယောက်မှ ခဏကြာ မသုံးလို့ မျက်နှာပြင်ကို သော့ခတ်လိုက်ပါပြီ။
coord-exit-question = ကီယော့စ်ကို ပိတ်မလား။ ပြန်မဖွင့်မချင်း ဘယ်သူမှ မဖြေနိုင်ပါ။
coord-exit-yes = ဟုတ်ကဲ့၊ ပိတ်ပါ
coord-exit-no = မဟုတ်ပါ၊ ပြန်သွားပါ
coord-practice-ready = နောက်လူက လေ့ကျင့်ခန်း ဗားရှင်းကို ရပါမယ်။ ဘာမှ မသိမ်းပါ။ တစ်ကြိမ်ပြီးရင် ကီယော့စ်က အစစ်အမှန် အဖြေတွေဆီ ပြန်သွားပါမယ်။
coord-sound-test = အသံ စမ်းရန်
coord-sound-test-playing = အခု “ကြိုဆိုပါတယ်!” လို့ ကြားရပါမယ်။ ဘာမှ မကြားရရင် အသံအတိုးအကျယ်နဲ့ နားကြပ်ကို စစ်ပါ။
coord-sound-test-none = အသံစက် မတွေ့ပါ။ နားကြပ် ဒါမှမဟုတ် စပီကာ တပ်ပြီး ကီယော့စ်ကို ပြန်ဖွင့်ပါ။
coord-voices = တခြားဘာသာစကားရဲ့ အသံနဲ့ ဖတ်တဲ့ ဘာသာစကားများ
coord-voices-none = မရှိပါ

## Errors shown to people

error-answer-required = ဒီမေးခွန်းကို ဖြေရပါမယ်။
error-invalid-answer = ဒီအဖြေက မေးခွန်းနဲ့ မကိုက်ညီပါဘူး။
error-pin-wrong = PIN ကုဒ် မှားနေပါတယ်။
error-pin-throttled = ကြိုးစားတာ များလွန်းပါတယ်။ { $seconds } စက္ကန့် စောင့်ပါ။
error-pin-too-short = PIN ကုဒ်မှာ အနည်းဆုံး ဂဏန်း လေးလုံး ရှိရပါမယ်။
error-pin-mismatch = PIN ကုဒ် နှစ်ခု မတူပါ။ ပြန်ရိုက်ထည့်ပါ။
error-no-network = အဖြေစုဆောင်းတဲ့ ဝန်ဆောင်မှုနဲ့ ချိတ်ဆက်လို့ မရပါဘူး။ ကွန်ရက်ကို စစ်ပြီး ထပ်ကြိုးစားပါ။
error-wrong-code = ဝင်ခွင့်ကုဒ် မှားနေပါတယ်။
error-locked-out = မှားတာ များလွန်းပါတယ်။ နောက်မှ ထပ်ကြိုးစားပါ။
error-kiosk-revoked = ဒီစက်ရဲ့ ချိတ်ဆက်မှုကို ဖြုတ်လိုက်ပါပြီ။ မြို့နယ်ကို ဆက်သွယ်ပါ။
error-not-enrolled = ဒီစက်ကို မြို့နယ်နဲ့ မချိတ်ဆက်ရသေးပါဘူး။
error-collector-refused = အဖြေစုဆောင်းတဲ့ ဝန်ဆောင်မှုက အဖြေတွေကို လက်မခံပါဘူး။
error-pack-invalid = အကြောင်းအရာ ပက်ကေ့ချ် မမှန်လို့ မသုံးပါဘူး။
error-survey-closed = စစ်တမ်းကို အခု မဖွင့်ထားပါဘူး။
error-storage = သိမ်းလို့ မရပါဘူး။ ဘာမှ မပျောက်ပါဘူး။ ဆရာ/ဆရာမကို ပြောပြပါ။
error-audio = အသံ ဖွင့်လို့ မရပါဘူး။
error-internal = တစ်ခုခု မှားသွားပါတယ်။ ဆရာ/ဆရာမကို ပြောပြပါ။
error-unsent-other-municipality = ဒီစက်ထဲမှာ မပို့ရသေးတဲ့ အဖြေတွေ ရှိပါတယ်။ စက်ကို တခြားမြို့နယ်နဲ့ မချိတ်ဆက်ခင် အဲဒီအဖြေတွေကို အရင်ပို့ပါ။
error-insecure-collector = အဖြေစုဆောင်းတဲ့ ဝန်ဆောင်မှုရဲ့ လိပ်စာဟာ https:// နဲ့ စရပါမယ်။ အဖြေတွေကို ကုဒ်ဝှက်ပြီးမှသာ ပို့ပါတယ်။

## The web survey, on the participant's own phone, tablet or PC

web-code-title = ကုဒ် ရိုက်ထည့်ပါ
web-code-help = ကုဒ်က မြို့နယ်က ပို့တဲ့ စာထဲမှာ ပါပါတယ်၊ ဥပမာ 0301-ABCD-EFGH-JKLM-NPQR။
web-code-label = ကုဒ်
web-code-submit = ရှေ့ဆက်ရန်
web-code-wrong = ကုဒ် မမှန်ပါဘူး။ စာလုံး ရိုက်မှားနေလား စစ်ပြီး ထပ်ကြိုးစားပါ။
web-code-throttled = ကြိုးစားတာ များလွန်းပါတယ်။ { $seconds } စက္ကန့် စောင့်ပြီး ထပ်ကြိုးစားပါ။
web-code-offline = အင်တာနက် မရှိပါဘူး။ ကုဒ် ရိုက်ထည့်ဖို့ အင်တာနက်နဲ့ ချိတ်ပါ။
web-language-not-kept = ဤဘာသာစကားကို ဤစက်ပေါ်တွင် သိမ်းမထားပါ၊ ယခု သင် အင်တာနက်နှင့် ချိတ်ဆက်မထားပါ။ အောက်ပါ ဘာသာစကားများထဲမှ တစ်ခုကို ရွေးပါ၊ သို့မဟုတ် အင်တာနက်ရသောအခါ ထပ်ကြိုးစားပါ။
web-page-title = အမည်မဖော်သော စစ်တမ်း
web-more = နောက်ထပ် ရွေးချယ်စရာများ
web-insecure = ဒီစာမျက်နှာကို လုံခြုံတဲ့ ချိတ်ဆက်မှု (https) နဲ့ ဖွင့်ထားတာ မဟုတ်ပါဘူး။ သင့်အဖြေကို ဒီကနေ ပို့မှာ မဟုတ်ပါဘူး။ သင်ရထားတဲ့ လင့်ခ်ကို ပြန်ဖွင့်ပါ။
web-sent = သင့်အဖြေကို ပို့ပြီးပါပြီ။ ကျေးဇူးတင်ပါတယ်။
web-waiting = သင့်အဖြေကို ကုဒ်ဝှက်ပြီး ဒီစက်ထဲမှာ သိမ်းထားပါတယ်။ အင်တာနက် ပြန်ရရင် အလိုအလျောက် ပို့ပါမယ်။ စာမျက်နှာကို ဖွင့်ထားပါ၊ ဒါမှမဟုတ် နောက်မှ ပြန်ဖွင့်ပါ။
web-another = နောက်တစ်ယောက် ဖြေပါစေ

## Participant flow: the language's own name, stopping, confirming, listening

welcome-language = မြန်မာ
nav-done = ပြီးပါပြီ
nav-stop = ရပ်မည်
stop-confirm = ရပ်ချင်ပါသလား။ သင့်အဖြေများကို ဖျက်ပစ်ပါမည်။ ဘာမှ သိမ်းမထားပါ။
stop-yes = ဟုတ်ကဲ့၊ ရပ်မည်
stop-no = မဟုတ်ပါ၊ ဆက်လုပ်ချင်ပါသည်
screening-confirm = သင် ဟုတ်ကဲ့ ဟု ဖြေခဲ့သည်။ ထို့ကြောင့် စစ်တမ်းသည် သင့်အတွက် ဤနေရာတွင် ပြီးဆုံးပါမည်။ မှန်ပါသလား။
screening-confirm-yes = ဟုတ်ကဲ့၊ မှန်ပါသည်
error-nothing-chosen = ဘာမှ မရွေးရသေးပါ။ အဖြေတစ်ခုကို နှိပ်ပါ။
error-wrong-step = မျက်နှာပြင် ပြောင်းသွားပါပြီ။ ယခု ဤနေရာတွင် ရှိပါသည်။
listen-all = အားလုံး နားထောင်ရန်
volume-up = အသံ ကျယ်ရန်
volume-down = အသံ တိုးရန်
sound-playing = အသံ ဖွင့်နေသည်။ ရပ်ရန် နှိပ်ပါ။
idle-spoken = ဒီမှာ ရှိနေသေးပါသလား။ မျက်နှာပြင်ကို မနှိပ်ပါက စစ်တမ်းသည် အစမှ ပြန်စမည်ဖြစ်ပြီး သင့်အဖြေများကို ဖျက်ပစ်ပါမည်။
coord-auto-play-on = မေးခွန်းများကို အသံဖြင့် ဖတ်ခြင်း ဖွင့်ရန်
coord-auto-play-off = မေးခွန်းများကို အသံဖြင့် ဖတ်ခြင်း ပိတ်ရန်
