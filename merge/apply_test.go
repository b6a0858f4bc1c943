// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/internal/prototest"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"
	"google.golang.org/protobuf/types/known/timestamppb"
)

func TestApply(t *testing.T) {
	t.Parallel()
	for _, tt := range applyTests() {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			stored, req, u := mustPerson(t, tt.stored), mustPerson(t, tt.req), mustUpdate(t, tt.mask)
			want := mustPerson(t, tt.want)
			opts := tt.options
			opts.Clock = at(testNow)
			got := checkApply(t, stored, req, u, opts)
			if diff := cmp.Diff(want, only(got, u.Fields()), protocmp.Transform()); diff != "" {
				t.Errorf("Apply() masked fields mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// checkApply runs Apply and checks what holds for every call: stored and req
// are not modified; everything but the masked fields and the contact source's
// etag and updateTime is as stored; the contact source's etag and updateTime
// are the next ones; and the result shares no memory with the inputs.
func checkApply(t *testing.T, stored, req *person.Person, u mask.Update, opts Options) *person.Person {
	t.Helper()
	storedBefore, reqBefore := proto.Clone(stored), proto.Clone(req)
	got := Apply(stored, req, u, opts)

	// Given the request to adopt, Apply gives the same result and still
	// leaves stored as it was.
	adopted := apply(stored, proto.Clone(req).(*person.Person), u, opts, true)
	if diff := cmp.Diff(got, adopted, protocmp.Transform()); diff != "" {
		t.Errorf("apply(adopt) differs from Apply() (-copied +adopted):\n%s", diff)
	}
	// With Share, the request copied or adopted, the result is the same,
	// and stored is still left as it was (checked below).
	share := opts
	share.Share = true
	for _, adopt := range []bool{false, true} {
		shared := apply(stored, proto.Clone(req).(*person.Person), u, share, adopt)
		if diff := cmp.Diff(got, shared, protocmp.Transform()); diff != "" {
			t.Errorf("apply(Share, adopt=%v) differs from Apply() (-default +shared):\n%s", adopt, diff)
		}
	}
	if diff := cmp.Diff(storedBefore, stored, protocmp.Transform()); diff != "" {
		t.Errorf("Apply() modified stored (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(reqBefore, req, protocmp.Transform()); diff != "" {
		t.Errorf("Apply() modified req (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(without(stored, u.Fields()), without(got, u.Fields()), protocmp.Transform()); diff != "" {
		t.Errorf("Apply() changed what is not the masked fields or the contact source's etag and updateTime (-stored +got):\n%s", diff)
	}
	for f := range person.Field(person.NumFields) {
		if !u.Has(f) && f.Repeated() {
			for i, it := range f.Items(stored) {
				if !proto.Equal(it, f.At(got, i)) {
					t.Errorf("Apply() changed unmasked %v[%d]", f, i)
				}
			}
		}
	}
	if cs := stored.ContactSource(); cs != nil {
		wantTime := nextUpdateTime(cs.GetUpdateTime(), opts.now())
		wantSource := proto.Clone(cs).(*person.Source)
		wantSource.UpdateTime = timestamppb.New(wantTime)
		wantSource.Etag = etag.NextSource(cs.GetEtag(), wantTime)
		if diff := cmp.Diff(wantSource, got.ContactSource(), protocmp.Transform()); diff != "" {
			t.Errorf("Apply() contact source mismatch (-want +got):\n%s", diff)
		}
		if got.ContactSource().GetEtag() == cs.GetEtag() {
			t.Errorf("Apply() kept the contact source etag %q", cs.GetEtag())
		}
	}

	// Nothing of the result is the inputs' memory: scribbling over every
	// value of the inputs leaves it as it was.
	gotBefore, adoptedBefore := proto.Clone(got), proto.Clone(adopted)
	prototest.Scribble(stored.ProtoReflect())
	prototest.Scribble(req.ProtoReflect())
	if diff := cmp.Diff(gotBefore, got, protocmp.Transform()); diff != "" {
		t.Errorf("Apply() result shares memory with its inputs (-before +after changing the inputs):\n%s", diff)
	}
	if diff := cmp.Diff(adoptedBefore, adopted, protocmp.Transform()); diff != "" {
		t.Errorf("apply(adopt) result shares memory with stored (-before +after changing it):\n%s", diff)
	}
	return got
}

func TestApplyUpdateTime(t *testing.T) {
	t.Parallel()
	stored := time.Date(2025, 3, 14, 9, 26, 53, 589793000, time.UTC)
	tests := []struct {
		name   string
		stored *timestamppb.Timestamp
		now    time.Time
		want   time.Time
	}{
		{"now after stored", timestamppb.New(stored), testNow, testNow},
		{"now a nanosecond after stored", timestamppb.New(stored), stored.Add(1), stored.Add(1)},
		{"now equal to stored", timestamppb.New(stored), stored, stored.Add(time.Millisecond)},
		{"conformance 055: stored ahead of the clock", timestamppb.New(time.Date(2099, 12, 31, 23, 59, 59, 999000000, time.UTC)), testNow,
			time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"zero now", timestamppb.New(stored), time.Time{}, stored.Add(time.Millisecond)},
		{"no stored updateTime", nil, testNow, testNow},
		{"no stored updateTime, zero now", nil, time.Time{}, time.Unix(0, 1e6).UTC()},
		{"now in another zone", timestamppb.New(stored), testNow.In(time.FixedZone("X", 3600)), testNow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := mustPerson(t, margaret)
			p.ContactSource().UpdateTime = tt.stored
			got := checkApply(t, p, mustPerson(t, `{"names": [{"givenName": "M"}]}`), mustUpdate(t, "names"), Options{Clock: at(tt.now)})
			if ut := got.ContactSource().GetUpdateTime(); !ut.AsTime().Equal(tt.want) {
				t.Errorf("updateTime = %v, want %v", ut.AsTime(), tt.want)
			}
		})
	}
}

// TestApplyWithoutContactSource checks the behaviour on input validation
// rejects: no contact source, no stored person.
func TestApplyWithoutContactSource(t *testing.T) {
	t.Parallel()
	stored := mustPerson(t, `{"resourceName": "people/1", "metadata": {"sources": [{"type": "PROFILE", "id": "1", "etag": "#p"}]},
	  "names": [{"metadata": {"source": {"type": "PROFILE", "id": "1"}}, "givenName": "P"}, {"givenName": "no source"}]}`)
	req := mustPerson(t, `{"names": [{"givenName": "A"}, {"metadata": {"source": {"type": "CONTACT", "id": "x"}}, "givenName": "B"}]}`)
	got := checkApply(t, stored, req, mustUpdate(t, "names"), Options{Clock: at(testNow)})
	want := mustPerson(t, `{"names": [
	  {"metadata": {"primary": true, "sourcePrimary": true, "source": {"type": "CONTACT"}}, "givenName": "A", "displayName": "A", "displayNameLastFirst": "A", "unstructuredName": "A"},
	  {"metadata": {"source": {"type": "PROFILE", "id": "1"}}, "givenName": "P"}]}`)
	if diff := cmp.Diff(want, only(got, person.FieldSetOf(person.FieldNames)), protocmp.Transform()); diff != "" {
		t.Errorf("Apply() mismatch (-want +got):\n%s", diff)
	}

	got = Apply(nil, req, mustUpdate(t, "names"), Options{})
	if n := len(got.GetNames()); n != 1 {
		t.Errorf("Apply(nil, ...) has %d names, want 1", n)
	}
	got = Apply(nil, nil, mustUpdate(t, "names"), Options{})
	if !proto.Equal(got, &person.Person{}) {
		t.Errorf("Apply(nil, nil, ...) = %v, want an empty person", got)
	}
}

// TestApplyEmptyMask checks that a mask with no updatable field changes only
// the bookkeeping, and that the result is still a copy.
func TestApplyEmptyMask(t *testing.T) {
	t.Parallel()
	stored := mustPerson(t, daniel)
	got := checkApply(t, stored, mustPerson(t, `{"names": []}`), mask.Update{}, Options{Clock: at(testNow)})
	if got.ContactSource().GetEtag() == "#Zs8q7A8F3Z8=" {
		t.Error("Apply() with an empty mask kept the contact source etag")
	}
}

// TestApplyUnknownFields checks that unknown fields of stored are kept and
// copied.
func TestApplyUnknownFields(t *testing.T) {
	t.Parallel()
	stored := mustPerson(t, margaret)
	unknown := protoreflect.RawFields{0xf8, 0x0f, 0x01} // field 255, varint 1
	stored.ProtoReflect().SetUnknown(unknown)
	got := Apply(stored, nil, mustUpdate(t, "names"), Options{Clock: at(testNow)})
	if u := got.ProtoReflect().GetUnknown(); string(u) != string(unknown) {
		t.Errorf("unknown fields = %x, want %x", u, unknown)
	}
	got.ProtoReflect().GetUnknown()[0] = 0
	if stored.ProtoReflect().GetUnknown()[0] != 0xf8 {
		t.Error("the result's unknown fields share memory with stored's")
	}
}

// TestApplyLeavesOutExactlyTheMaskedFields checks how Apply maps the fields of
// Person to the update mask: masking one updatable field (with no request
// items and no stored items of other sources) clears exactly the Person field
// of that name and copies every other one, those that are none of the 29
// included.
func TestApplyLeavesOutExactlyTheMaskedFields(t *testing.T) {
	t.Parallel()
	stored := new(person.Person)
	fds := stored.ProtoReflect().Descriptor().Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		switch {
		case fd.IsList():
			item := stored.ProtoReflect().Mutable(fd).List().NewElement()
			item.Message().Set(item.Message().Descriptor().Fields().ByName("metadata"),
				protoreflect.ValueOfMessage((&person.FieldMetadata{Primary: true}).ProtoReflect()))
			stored.ProtoReflect().Mutable(fd).List().Append(item)
		case fd.Message() != nil:
			stored.ProtoReflect().Set(fd, protoreflect.ValueOfMessage((&person.PersonMetadata{Deleted: true}).ProtoReflect()))
		default:
			setSome(stored.ProtoReflect(), fd)
		}
	}
	for f := range person.UpdatableFields.All() {
		got := Apply(stored, nil, mask.UpdateOf(person.FieldSetOf(f)), Options{})
		for i := range fds.Len() {
			fd := fds.Get(i)
			want, isField := person.FieldByName(string(fd.Name()))
			if masked := isField && want == f; got.ProtoReflect().Has(fd) == masked {
				t.Errorf("mask %v: field %s set = %v, want %v", f, fd.Name(), !masked, masked)
			}
		}
	}
}
