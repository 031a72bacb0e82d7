# benchmark targets
