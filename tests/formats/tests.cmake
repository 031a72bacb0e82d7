# tests of formats
