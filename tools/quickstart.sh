#!/usr/bin/env bash
# pbvote quick start: installs the Debian 12 packages that are missing, configures and
# builds, then either runs the demo round or the whole test suite.
#
#   tools/quickstart.sh demo [KIOSK OPTIONS]  build and start the kiosk on the built-in demo round
#   tools/quickstart.sh test                  build and run every test through ctest
#
# Run as root on a fresh Debian 12 machine (or as a user with sudo).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PBVOTE_BUILD_DIR:-$here/build}"
mode="${1:-}"
shift || true

packages=(
    g++ cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libsodium-dev libgmp-dev sqlite3
    # the kiosk: QML runtime modules, speech (with an English voice), QR codes, a font
    # with Latin, Vietnamese and Arabic letters, and a virtual display for machines
    # without a screen
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml
    qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qt6-speech-dev qt6-speech-flite-plugin libqrencode-dev fonts-dejavu-core xvfb xauth
    # the organizer's console: charts of results, and Qt's own dialogs in each language
    qt6-charts-dev
    qt6-translations-l10n
    # the auditor's tools: clang with libFuzzer for the record parser's fuzz run, and
    # PyNaCl for the verifier written from the specification alone (tools/indep-verify)
    clang libclang-rt-14-dev python3-nacl
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "== Installing missing Debian packages: ${missing[*]}"
        local sudo=()
        [ "$(id -u)" -eq 0 ] || sudo=(sudo)
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

# configure_and_build [TARGET]: everything by default, or just TARGET.
configure_and_build() {
    echo "== Configuring and building in $build"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPBVOTE_WERROR=ON
    cmake --build "$build" -j "$(nproc)" ${1:+--target "$1"}
}

case "$mode" in
demo)
    install_missing
    configure_and_build pbvote-kiosk
    db="$build/kiosk-demo.sqlite"
    echo "== Starting the kiosk on the demo round (database: $db, passphrase: pbvote-demo, staff PIN: 2468)"
    status=0
    "$build/app/pbvote-kiosk" --demo --db "$db" --windowed "$@" || status=$?
    if [ "$status" -eq 3 ]; then
        # No screen here: show the kiosk anyway, as pictures of every screen.
        shots="$build/kiosk-screenshots"
        echo "== No display on this machine; rendering the kiosk's screens to $shots instead"
        "$build/app/pbvote-kiosk" --demo --db "$db" --screenshots "$shots" --sizes 1280x800 --languages en
        echo "   To use the kiosk itself here: xvfb-run -s '-screen 0 1920x1080x24' $build/app/pbvote-kiosk --demo --db $db --windowed"
        exit 0
    fi
    exit "$status"
    ;;
test)
    install_missing
    configure_and_build
    echo "== Running the test suite"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure -j 2 "$@"
    ;;
*)
    echo "usage: $0 demo [kiosk options] | test" >&2
    exit 2
    ;;
esac
