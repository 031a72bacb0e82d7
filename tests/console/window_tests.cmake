# console window tests
