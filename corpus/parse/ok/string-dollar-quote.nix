"ends with $"
