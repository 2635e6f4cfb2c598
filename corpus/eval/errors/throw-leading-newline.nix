throw "\nsecond line"
