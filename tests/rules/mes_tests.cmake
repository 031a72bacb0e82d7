# tests of the method of equal shares
