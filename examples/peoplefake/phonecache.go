// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"hash/maphash"
	"sync"
)

// Bounds of the phone canonicaliser caches.
const (
	// DefaultPhoneCacheSize is the most results the fake's default
	// canonicaliser keeps, one cache shared by every Server.
	DefaultPhoneCacheSize = 1 << 14
	// maxCachedValue is the longest value a cache keeps a result for: longer
	// ones are computed every time, so that a cache's memory stays within
	// its size times this many bytes (plus the results).
	maxCachedValue = 64
	// phoneShards is the number of independently locked parts of a cache.
	phoneShards = 16
)

// defaultCanon is the fake's default canonicaliser: [Libphonenumber] cached.
var defaultCanon = CachedCanonicalizer(Libphonenumber, DefaultPhoneCacheSize)

// CachedCanonicalizer returns fn with its results cached by (value, region),
// for use with [WithPhoneCanonicalizer]: fn must be a pure function, as
// [Libphonenumber] is. The cache holds at most size results (a part of it is
// cleared when full) and none for values longer than 64 bytes; it is safe for
// concurrent use. A size <= 0 returns fn itself.
func CachedCanonicalizer(fn func(value, region string) string, size int) func(value, region string) string {
	if size <= 0 || fn == nil {
		return fn
	}
	return newPhoneCache(fn, size).canonical
}

// newPhoneCache returns an empty cache of fn's results, at most size of them.
func newPhoneCache(fn func(value, region string) string, size int) *phoneCache {
	return &phoneCache{fn: fn, seed: maphash.MakeSeed(), per: max(size/phoneShards, 1)}
}

// phoneCache is the cache of a [CachedCanonicalizer]: shards of a map, each
// cleared when it reaches its bound.
type phoneCache struct {
	fn     func(value, region string) string
	seed   maphash.Seed
	per    int // the most results of a shard
	shards [phoneShards]phoneShard
}

// phoneShard is one independently locked part of a phoneCache.
type phoneShard struct {
	mu sync.Mutex
	m  map[phoneKey]string
}

// phoneKey is what a canonical form depends on.
type phoneKey struct{ value, region string }

// canonical returns c.fn(value, region), from the cache when it has it.
func (c *phoneCache) canonical(value, region string) string {
	if len(value) > maxCachedValue || len(region) > maxCachedValue {
		return c.fn(value, region)
	}
	k := phoneKey{value, region}
	sh := &c.shards[maphash.String(c.seed, value)%phoneShards]
	sh.mu.Lock()
	got, ok := sh.m[k]
	sh.mu.Unlock()
	if ok {
		return got
	}
	got = c.fn(value, region)
	sh.mu.Lock()
	if sh.m == nil || len(sh.m) >= c.per {
		sh.m = make(map[phoneKey]string, min(c.per, 64))
	}
	sh.m[k] = got
	sh.mu.Unlock()
	return got
}

// len returns the number of results c holds.
func (c *phoneCache) len() int {
	n := 0
	for i := range c.shards {
		sh := &c.shards[i]
		sh.mu.Lock()
		n += len(sh.m)
		sh.mu.Unlock()
	}
	return n
}
