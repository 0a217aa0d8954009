# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = သင်တန်းအကြောင်း ဘယ်လို ထင်လဲ။
invitation-page-intro = { $municipality } က နော်ဝေစကား သင်တန်းနဲ့ မိတ်ဆက်အစီအစဉ်အကြောင်း သင် ဘယ်လို ထင်လဲဆိုတာ သိချင်ပါတယ်။ ဖုန်း၊ တက်ဘလက် ဒါမှမဟုတ် ကွန်ပျူတာမှာ ဖြေပါ။
invitation-page-anonymous = ဖြေချင်မှ ဖြေပါ၊ နာမည်လည်း မပါပါဘူး။ သင် ဘာဖြေလဲဆိုတာ ဘယ်သူမှ မမြင်နိုင်ပါဘူး။
invitation-page-steps = QR ကုဒ်ကို ကင်မရာနဲ့ စကင်ဖတ်ပါ၊ ဒါမှမဟုတ် လင့်ခ်ကို ဘရောက်ဇာမှာ ရိုက်ထည့်ပါ။ သင့်ဘာသာစကားကို ရွေးပါ။ မေးခွန်းအားလုံးကို နားထောင်လို့ ရပါတယ်။
invitation-page-code = ကုဒ် မေးရင် ဒါကို ရိုက်ထည့်ပါ- { $code }
invitation-page-deadline = နောက်ဆုံး { $close } အထိ ဖြေလို့ ရပါတယ်။

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = သင်တန်း ဘယ်လိုလဲ ပြောပြပါ- { $link }

## The e-mail

invitation-email-subject = သင်တန်းအကြောင်း ဘယ်လို ထင်လဲ။ စစ်တမ်းကို ဖြေပေးပါ
invitation-email-body =
    မင်္ဂလာပါ။
    
    { $municipality } က နော်ဝေစကား သင်တန်းနဲ့ မိတ်ဆက်အစီအစဉ်အကြောင်း သင် ဘယ်လို ထင်လဲဆိုတာ သိချင်ပါတယ်။
    ဖြေချင်မှ ဖြေပါ၊ နာမည်လည်း မပါပါဘူး။ သင် ဘာဖြေလဲဆိုတာ ဘယ်သူမှ မမြင်နိုင်ပါဘူး။
    
    လင့်ခ်ကို ဖုန်း၊ တက်ဘလက် ဒါမှမဟုတ် ကွန်ပျူတာမှာ ဖွင့်ပါ၊ သင့်ဘာသာစကားကို ရွေးပြီး မေးခွန်းတွေကို ဖြေပါ။
    မေးခွန်းအားလုံးကို နားထောင်လို့ ရပါတယ်။
    
    { $link }
    
    ကုဒ် မေးရင် ဒါကို ရိုက်ထည့်ပါ- { $code }
    နောက်ဆုံး { $close } အထိ ဖြေလို့ ရပါတယ်။
    
    ကူညီပေးတဲ့အတွက် ကျေးဇူးတင်ပါတယ်။

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = အွန်လိုင်း အတန်းမှာ စစ်တမ်း ဖြေခြင်း (Teams ဒါမှမဟုတ် Zoom)
invitation-lesson-steps =
    1. လင့်ခ်ကို ချတ်ထဲမှာ ထည့်ပါ- { $link }
    2. ပါဝင်သူတွေကို သင် မျှဝေထားတဲ့ စခရင်ပေါ်မှာ မဟုတ်ဘဲ သူတို့ကိုယ်ပိုင် ဖုန်း၊ တက်ဘလက် ဒါမှမဟုတ် ကွန်ပျူတာမှာ လင့်ခ်ကို ဖွင့်ဖို့ ပြောပါ။
    3. တစ်ယောက်ယောက်ကို ကုဒ် မေးရင် ကုဒ်ကို ချတ်ထဲမှာ ရေးပါ- { $code }
    4. စစ်တမ်းမှာ နာမည် မပါဘူး၊ ဆရာ/ဆရာမ အပါအဝင် ဘယ်သူမှ အဖြေတွေကို မမြင်ရဘူးလို့ ပြောပြပါ။
    5. ပါဝင်သူတွေ ဖြေနေချိန်မှာ သင့်စခရင် မျှဝေတာကို ပိတ်ထားပါ၊ သူတို့ လိုသလောက် အချိန်ယူပါစေ။
    6. အင်တာနက် ပြတ်သွားသူလည်း ဆက်ဖြေလို့ ရပါတယ်- အင်တာနက် ပြန်ရတဲ့အခါ အဖြေကို ပို့ပါမယ်။

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = အရင် စမ်းကြည့်ချင်လား။ စမ်းသပ်ဗားရှင်းမှာ ဘာမှ မသိမ်းပါ - { $demo }
invitation-lesson-demo = မဖြေခင် - မျှဝေတဲ့ စခရင်ပေါ်မှာ စမ်းသပ်ဗားရှင်းကို ပြပြီး အတူတူ ကြည့်ပါ။ ဘာမှ မသိမ်းပါ - { $demo }
