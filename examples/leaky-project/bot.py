"""A demo bot whose token was pasted into the code (fake token)."""
import telegram

bot = telegram.Bot(token="7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM")
