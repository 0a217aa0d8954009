# What a municipality sends its participants: the printed page, the SMS, the e-mail, and the
# guide for a lesson on Teams or Zoom. Norwegian Bokmål is the source text.
# Variables: { $link } the survey's address with the code, { $code } the municipality's access
# code, { $municipality } the municipality's name, { $close } the survey's last day (YYYY-MM-DD).

## The printed page (one per language, with a QR code of the link)

invitation-page-title = ስለ ትምህርቱ ምን ያስባሉ?
invitation-page-intro = { $municipality } ስለ ኖርዌይኛ ትምህርቱ እና ስለ መግቢያ ፕሮግራሙ ምን እንደሚያስቡ ማወቅ ይፈልጋል። በሞባይል፣ በታብሌት ወይም በኮምፒውተር ይመልሱ።
invitation-page-anonymous = መሳተፍ በፈቃድዎ ነው፤ ስምዎም አይጠየቅም። ማንም ሰው የሚመልሱትን ማየት አይችልም።
invitation-page-steps = የQR ኮዱን በካሜራ ይቃኙ፣ ወይም ሊንኩን በብራውዘሩ ውስጥ ይጻፉ። ቋንቋዎን ይምረጡ። ሁሉንም ጥያቄዎች ማዳመጥ ይችላሉ።
invitation-page-code = ኮድ ከተጠየቁ ይህን ይጻፉ፦ { $code }
invitation-page-deadline = እስከ { $close } ድረስ ይመልሱ።

## The SMS (as short as possible: one SMS where the script allows)

invitation-sms = ስለ ትምህርቱ ሐሳብዎን ይንገሩን፦ { $link }

## The e-mail

invitation-email-subject = ስለ ትምህርቱ ምን ያስባሉ? ጥናቱን ይመልሱ
invitation-email-body =
    ሰላም!
    
    { $municipality } ስለ ኖርዌይኛ ትምህርቱ እና ስለ መግቢያ ፕሮግራሙ ምን እንደሚያስቡ ማወቅ ይፈልጋል።
    መሳተፍ በፈቃድዎ ነው፤ ስምዎም አይጠየቅም። ማንም ሰው የሚመልሱትን ማየት አይችልም።
    
    ሊንኩን በሞባይል፣ በታብሌት ወይም በኮምፒውተር ይክፈቱ፣ ቋንቋዎን ይምረጡ እና ጥያቄዎቹን ይመልሱ።
    ሁሉንም ጥያቄዎች ማዳመጥ ይችላሉ።
    
    { $link }
    
    ኮድ ከተጠየቁ ይህን ይጻፉ፦ { $code }
    እስከ { $close } ድረስ ይመልሱ።
    
    ስለ እርዳታዎ እናመሰግናለን!

## The guide for a lesson on Teams or Zoom

invitation-lesson-title = ጥናቱ በኦንላይን ትምህርት (Teams ወይም Zoom)
invitation-lesson-steps =
    1. ሊንኩን በቻቱ ውስጥ ይለጥፉ፦ { $link }
    2. ተሳታፊዎቹ ሊንኩን እርስዎ በሚያጋሩት ስክሪን ላይ ሳይሆን በራሳቸው ሞባይል፣ ታብሌት ወይም ኮምፒውተር እንዲከፍቱ ይጠይቁ።
    3. አንድ ሰው ኮድ ከተጠየቀ፣ ኮዱን በቻቱ ውስጥ ይጻፉ፦ { $code }
    4. ጥናቱ ስም-አልባ መሆኑን፣ እና ማንም ሰው፣ አስተማሪውም ቢሆን፣ መልሶቹን ማየት እንደማይችል ይንገሯቸው።
    5. ተሳታፊዎቹ በሚመልሱበት ጊዜ የራስዎን ስክሪን ማጋራት ያቁሙ፤ የሚያስፈልጋቸውንም ጊዜ ሁሉ ይስጧቸው።
    6. ኢንተርኔት የተቋረጠበት ሰው መመለሱን መጨረስ ይችላል፤ ኢንተርኔቱ ሲመለስ መልሱ ይላካል።

## The demo link, where nothing is kept (the e-mail, the printed page and the lesson guide)

invitation-demo = መጀመሪያ መሞከር ይፈልጋሉ? በሙከራው ስሪት ምንም ነገር አይቀመጥም፦ { $demo }
invitation-lesson-demo = ከመመለሳችሁ በፊት፦ የሙከራውን ስሪት በሚያጋሩት ስክሪን ላይ ያሳዩ፤ አብራችሁም እዩት። ምንም ነገር አይቀመጥም፦ { $demo }
