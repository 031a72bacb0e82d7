# tests of core/crypto: one QTest executable per unit, label "crypto".
# TestSealedBox links libsodium itself to build a box with invalid padding.
pbvote_add_test(TestCrypto SOURCES crypto/TestCrypto.cpp LABELS crypto)
pbvote_add_test(TestSecretBytes SOURCES crypto/TestSecretBytes.cpp LABELS crypto)
pbvote_add_test(TestSignature SOURCES crypto/TestSignature.cpp crypto/DeathTest.h LABELS crypto)
pbvote_add_test(TestSealedBox SOURCES crypto/TestSealedBox.cpp LIBS PkgConfig::SODIUM LABELS crypto)
pbvote_add_test(TestHash SOURCES crypto/TestHash.cpp crypto/DeathTest.h LABELS crypto)
pbvote_add_test(TestEncoding SOURCES crypto/TestEncoding.cpp crypto/DeathTest.h LABELS crypto)
pbvote_add_test(TestKeyBlob SOURCES crypto/TestKeyBlob.cpp LABELS crypto)
pbvote_add_test(TestPassphrase SOURCES crypto/TestPassphrase.cpp LABELS crypto)
