# console results tests
