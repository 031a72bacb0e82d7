// The translations are resources of this library (:/i18n/pbvote_<lang>.qm); this file
// only gives the library something to compile.
namespace pbvote {
int i18nLinked() { return 1; }
} // namespace pbvote
