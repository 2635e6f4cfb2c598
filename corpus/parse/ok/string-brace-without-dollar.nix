"{ not } an { interpolation }"
