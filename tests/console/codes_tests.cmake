# console codes tests
