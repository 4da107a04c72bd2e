import twitter from 'twitter-text'; globalThis.twttr = twitter;
