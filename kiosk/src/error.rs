//! The one error type of the kiosk engine. Each error maps to a Fluent message id
//! ([`KioskError::code`]) so that the screens can say what happened in the participant's or
//! coordinator's language, never showing an internal string.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum KioskError {
    #[error("storage failed: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("could not read or write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("no data folder could be found for this user; pass --data-dir")]
    NoDataDir,
    #[error("the content pack was refused: {0}")]
    Pack(#[from] survey::SurveyError),
    #[error("the kiosk has no usable content pack")]
    NoPack,
    #[error("the survey is closed today ({today}); it is open from {opens} to {closes}")]
    SurveyClosed {
        today: chrono::NaiveDate,
        opens: chrono::NaiveDate,
        closes: chrono::NaiveDate,
    },
    #[error("the pack has no language {0}")]
    UnknownLanguage(String),
    #[error("no participant session is running")]
    NoSession,
    #[error("a participant session is running already")]
    SessionRunning,
    #[error("the session is not at that step")]
    WrongStep,
    #[error("the answer does not fit question {question}: {problem}")]
    InvalidAnswer { question: String, problem: String },
    #[error("question {0} must be answered")]
    AnswerRequired(String),
    #[error("nothing is chosen for question {0}")]
    NothingChosen(String),
    #[error("sealing the response failed: {0}")]
    Seal(#[from] sync::SyncError),
    #[error("the response cannot be padded: {0}")]
    ResponseTooLarge(#[from] survey::answers::ResponseTooLarge),
    #[error("the database was made by a newer kiosk (schema {found}, this build knows {known})")]
    NewerSchema { found: i64, known: i64 },
    #[error("audio is unavailable: {0}")]
    AudioUnavailable(String),
    #[error("the clip {0} could not be played: {1}")]
    Clip(String, String),
    #[error("a coordinator PIN has 4 to 12 digits")]
    PinTooShort,
    #[error("{pending} unsent responses belong to {municipality}; sync them before enrolling this kiosk to another municipality")]
    UnsentForOtherMunicipality { pending: u64, municipality: String },
    #[error("the two PINs typed differ")]
    PinMismatch,
    #[error("wrong coordinator PIN")]
    PinWrong,
    #[error("too many wrong PINs; wait {seconds} s")]
    PinThrottled { seconds: u64 },
    #[error("no coordinator PIN is set yet")]
    PinNotSet,
    #[error("the coordinator PIN is set already")]
    PinAlreadySet,
    #[error("coordinator mode is locked")]
    CoordinatorLocked,
    #[error("the kiosk is not enrolled with a municipality")]
    NotEnrolled,
    #[error("the collector could not be reached: {0}")]
    NoNetwork(String),
    #[error("the access code is wrong")]
    WrongCode,
    #[error("too many wrong access codes; try again in {0} seconds")]
    LockedOut(u64),
    #[error("this kiosk has been revoked or is unknown to the collector")]
    Revoked,
    #[error("the collector refused: {0}")]
    CollectorRefused(String),
    #[error(
        "the collector is out of space and stored nothing; the responses wait on this machine"
    )]
    CollectorFull,
    #[error("the collector cannot write its database and stored nothing; the responses wait on this machine")]
    CollectorReadOnly,
    #[error("{0} is not https: answers travel only encrypted, except to this machine itself")]
    InsecureCollector(String),
    #[error("{0}")]
    Certificate(sync::CertificateProblem),
}

impl KioskError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> KioskError {
        let path = path.into();
        move |source| KioskError::Io { path, source }
    }

    /// What a failed exchange with the collector means for the people at the kiosk.
    pub fn from_sync(error: sync::SyncError) -> KioskError {
        use sync::wire::reason;
        match &error {
            sync::SyncError::Network(detail) => KioskError::NoNetwork(detail.clone()),
            sync::SyncError::Insecure(url) => KioskError::InsecureCollector(url.clone()),
            sync::SyncError::Certificate(problem) => KioskError::Certificate(problem.clone()),
            sync::SyncError::Refused { reply, .. } => match reply.error.as_str() {
                reason::WRONG_CODE => KioskError::WrongCode,
                reason::LOCKED_OUT => KioskError::LockedOut(reply.retry_after_seconds.unwrap_or(0)),
                reason::REVOKED | reason::UNKNOWN_KIOSK => KioskError::Revoked,
                reason::OUT_OF_SPACE => KioskError::CollectorFull,
                reason::READ_ONLY => KioskError::CollectorReadOnly,
                _ => KioskError::CollectorRefused(error.to_string()),
            },
            _ => KioskError::CollectorRefused(error.to_string()),
        }
    }

    /// The Fluent message id (in ui.ftl) that tells a person what happened.
    pub fn code(&self) -> &'static str {
        match self {
            KioskError::Storage(_)
            | KioskError::Io { .. }
            | KioskError::NoDataDir
            | KioskError::NewerSchema { .. } => "error-storage",
            KioskError::Pack(_) | KioskError::NoPack => "error-pack-invalid",
            KioskError::SurveyClosed { .. } => "error-survey-closed",
            KioskError::InvalidAnswer { .. } => "error-invalid-answer",
            KioskError::AnswerRequired(_) => "error-answer-required",
            KioskError::NothingChosen(_) => "error-nothing-chosen",
            // A second tap that reached a screen already gone: the screen shows where the
            // session is, and nothing of it is lost.
            KioskError::WrongStep | KioskError::SessionRunning => "error-wrong-step",
            KioskError::AudioUnavailable(_) | KioskError::Clip(..) => "error-audio",
            KioskError::PinTooShort => "error-pin-too-short",
            KioskError::PinWrong => "error-pin-wrong",
            KioskError::PinMismatch => "error-pin-mismatch",
            KioskError::PinThrottled { .. } => "error-pin-throttled",
            KioskError::NotEnrolled => "error-not-enrolled",
            KioskError::NoNetwork(_) => "error-no-network",
            KioskError::WrongCode => "error-wrong-code",
            KioskError::LockedOut(_) => "error-locked-out",
            KioskError::Revoked => "error-kiosk-revoked",
            KioskError::CollectorRefused(_) => "error-collector-refused",
            KioskError::CollectorFull => "error-collector-full",
            KioskError::Certificate(sync::CertificateProblem::Expired) => {
                "error-certificate-expired"
            }
            KioskError::Certificate(sync::CertificateProblem::WrongName) => {
                "error-certificate-wrong-name"
            }
            KioskError::Certificate(
                sync::CertificateProblem::UnknownAuthority | sync::CertificateProblem::Other(_),
            ) => "error-certificate-untrusted",
            KioskError::CollectorReadOnly => "error-collector-read-only",
            KioskError::UnsentForOtherMunicipality { .. } => "error-unsent-other-municipality",
            KioskError::InsecureCollector(_) => "error-insecure-collector",
            KioskError::UnknownLanguage(_)
            | KioskError::NoSession
            | KioskError::Seal(_)
            | KioskError::ResponseTooLarge(_)
            | KioskError::PinNotSet
            | KioskError::PinAlreadySet => "error-internal",
            // The screen asks for the PIN again, saying why.
            KioskError::CoordinatorLocked => "coord-auto-locked",
        }
    }
}
