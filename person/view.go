// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"reflect"
	"sync"

	"github.com/peopleupdate/peopleupdate/internal/view"
)

func init() {
	view.Append = func(b []byte, p any, s view.Spec) ([]byte, error) {
		return appendView(b, p.(*Person), s)
	}
}

// appendView appends the JSON of the read of p that s describes (see
// view.Append): the bytes Marshal writes for mask.Project(p, r, s) with the
// read's etag, written from p itself. The projection's rules are those of
// package mask; what is chosen here is only what it chooses: resourceName as
// p holds it, s.Etag, the readable fields of s.Fields with the non-nil items
// s.Item accepts (a field left with none is left out), metadata with the
// sources s.Source accepts (left out when nothing is left of it), and no
// empty object at any depth.
func appendView(b []byte, p *Person, s view.Spec) ([]byte, error) {
	e := encoder{b: b, prune: true}
	if p == nil {
		e.b = append(e.b, "{}"...)
		return e.b, nil
	}
	mi := personInfo()
	fieldOf := viewFields()
	m := reflect.ValueOf(p).Elem()
	fs := FieldSet(s.Fields)
	e.b = append(e.b, '{')
	n := 0
	for i := range mi.fields {
		fi := &mi.fields[i]
		f := fieldOf[i]
		var write func() error
		switch {
		case fi.proto == "resource_name":
			if p.ResourceName == "" {
				continue
			}
			write = func() error { return e.value(fi, m.Field(fi.index)) }
		case fi.proto == "etag":
			if s.Etag == "" {
				continue
			}
			write = func() error { return e.value(fi, reflect.ValueOf(s.Etag)) }
		case !fs.Has(f):
			continue
		case f == FieldPersonMetadata:
			md := p.Metadata
			if !viewMetadataHolds(md, s) {
				continue
			}
			write = func() error { return e.metadataView(md, s) }
		case fi.list && fi.kind == kindMessage:
			list := m.Field(fi.index)
			if !anyItem(list, s) {
				continue
			}
			write = func() error { return e.itemsView(fi, list, s) }
		default:
			continue // a readable field that is no list: none but metadata
		}
		if n > 0 {
			e.b = append(e.b, ',')
		}
		n++
		e.b = append(e.b, fi.key...)
		if err := write(); err != nil {
			return nil, err
		}
	}
	e.b = append(e.b, '}')
	return e.b, nil
}

// viewFields maps each field of Person, by its index in the codec's
// description, to the Field it is, or to noField.
var viewFields = sync.OnceValue(func() []Field {
	mi := personInfo()
	out := make([]Field, len(mi.fields))
	for i := range mi.fields {
		out[i] = fieldNamed(mi.fields[i].proto)
	}
	return out
})

// selected reports whether item v, an element of a list of items, is written.
func selected(v reflect.Value, s view.Spec) bool {
	return !v.IsNil() && s.Item(v.Interface())
}

// anyItem reports whether the list of items holds one that is written.
func anyItem(list reflect.Value, s view.Spec) bool {
	for j := range list.Len() {
		if selected(list.Index(j), s) {
			return true
		}
	}
	return false
}

// itemsView writes the items of list, of field fi, that s selects, pruned.
func (e *encoder) itemsView(fi *jsonField, list reflect.Value, s view.Spec) error {
	e.b = append(e.b, '[')
	n := 0
	for j := range list.Len() {
		v := list.Index(j)
		if !selected(v, s) {
			continue
		}
		if n > 0 {
			e.b = append(e.b, ',')
		}
		n++
		if err := e.value(fi, v); err != nil {
			return err
		}
	}
	e.b = append(e.b, ']')
	return nil
}

// viewMetadataHolds reports whether the read keeps anything of md: a source
// s selects, or one of its other values.
func viewMetadataHolds(md *PersonMetadata, s view.Spec) bool {
	if md == nil {
		return false
	}
	if md.Deleted || md.ObjectType != 0 || len(md.PreviousResourceNames) > 0 || len(md.LinkedPeopleResourceNames) > 0 {
		return true
	}
	for _, src := range md.Sources {
		if s.Source(int32(src.GetType())) {
			return true
		}
	}
	return false
}

// metadataView writes md with only the sources s selects, each pruned.
func (e *encoder) metadataView(md *PersonMetadata, s view.Spec) error {
	mi := personInfo().byName["metadata"].msg
	m := reflect.ValueOf(md).Elem()
	e.b = append(e.b, '{')
	n := 0
	for i := range mi.fields {
		fi := &mi.fields[i]
		f := m.Field(fi.index)
		if fi.proto == "sources" {
			kept := 0
			for _, src := range md.Sources {
				if !s.Source(int32(src.GetType())) {
					continue
				}
				if kept == 0 {
					if n > 0 {
						e.b = append(e.b, ',')
					}
					n++
					e.b = append(e.b, fi.key...)
					e.b = append(e.b, '[')
				} else {
					e.b = append(e.b, ',')
				}
				kept++
				if err := e.message(reflect.ValueOf(src).Elem(), fi.msg); err != nil {
					return err
				}
			}
			if kept > 0 {
				e.b = append(e.b, ']')
			}
			continue
		}
		if !e.populated(f, fi) {
			continue
		}
		if n > 0 {
			e.b = append(e.b, ',')
		}
		n++
		e.b = append(e.b, fi.key...)
		if err := e.fieldValue(fi, f); err != nil {
			return err
		}
	}
	e.b = append(e.b, '}')
	return nil
}
