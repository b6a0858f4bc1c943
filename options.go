// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"time"

	"github.com/peopleupdate/peopleupdate/merge"
)

// An Option configures one call of [UpdateContact]. The zero Option does
// nothing.
type Option struct {
	set    optionKind
	now    func() time.Time
	region string
	canon  func(value, region string) string
}

// optionKind says which setting an Option holds (none for the zero Option).
// Options are plain values,
// read by newConfig, so that applying them costs no call and no allocation.
type optionKind uint8

const (
	optClock optionKind = iota + 1
	optRegion
	optCanonicalizer
)

// config is what the options of one call set.
type config struct {
	now          func() time.Time
	region       string
	canonicalize func(value, region string) string
}

// newConfig applies opts in order; a later option wins over an earlier one.
func newConfig(opts []Option) config {
	var c config
	for _, o := range opts {
		switch o.set {
		case optClock:
			c.now = o.now
		case optRegion:
			c.region = o.region
		case optCanonicalizer:
			c.canonicalize = o.canon
		}
	}
	return c
}

// mergeOptions returns the options of the merge step. The clock is read once,
// here, and only when one was given: the library never reads the real clock.
func (c config) mergeOptions() merge.Options {
	o := merge.Options{Region: c.region, Canonicalize: c.canonicalize}
	if c.now != nil {
		o.Now = c.now()
	}
	return o
}

// WithClock sets the clock that dates the update: the contact source's new
// updateTime is now() (SPEC.md §4.5), or, when that is not after the stored
// updateTime, the stored one plus one millisecond.
//
// Without a clock (or with a nil one) the library reads no clock at all: every
// update then dates the contact source one millisecond after its stored
// updateTime, which keeps results deterministic. A server passes time.Now.
func WithClock(now func() time.Time) Option {
	return Option{set: optClock, now: now}
}

// WithPhoneCanonicalizer replaces the built-in rule that computes
// PhoneNumber.canonicalForm (SPEC.md §5) with fn, for example a wrapper around
// libphonenumber. fn gets the phone number's value and the default region and
// returns its E.164 form, or "" when it has none. A nil fn restores the
// built-in rule ([merge.Canonical]).
func WithPhoneCanonicalizer(fn func(value, region string) string) Option {
	return Option{set: optCanonicalizer, canon: fn}
}

// WithDefaultRegion sets the region, an ISO 3166 code such as "US" or "MX", in
// which phone numbers without a country calling code are read when their
// canonical form is computed (the built-in rule knows a few regions: see
// [merge.Canonical]; a canonicaliser set with [WithPhoneCanonicalizer] gets
// the region as it is). The default, and the value of "", is "US".
func WithDefaultRegion(region string) Option {
	return Option{set: optRegion, region: region}
}
