throw "\n"
