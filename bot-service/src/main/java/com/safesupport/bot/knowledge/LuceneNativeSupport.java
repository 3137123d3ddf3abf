package com.safesupport.bot.knowledge;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What Lucene looks up reflectively, registered for a native image: token attribute implementations (found by
 * name and constructed through method handles) and the codec formats its ServiceLoader instantiates (the
 * {@code META-INF/services} files are included through {@code quarkus.native.resources.includes}). Lucene picks
 * its scalar vector code when the JDK's incubating vector module is absent, as it is in a native image.
 */
@RegisterForReflection(targets = {
        org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.BytesTermAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.FlagsAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.KeywordAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.OffsetAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.PayloadAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.PositionIncrementAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.PositionLengthAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.SentenceAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.TermFrequencyAttributeImpl.class,
        org.apache.lucene.analysis.tokenattributes.TypeAttributeImpl.class,
        org.apache.lucene.codecs.lucene103.Lucene103Codec.class,
        org.apache.lucene.codecs.lucene103.Lucene103PostingsFormat.class,
        org.apache.lucene.codecs.lucene90.Lucene90DocValuesFormat.class,
        org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat.class,
})
final class LuceneNativeSupport {

    private LuceneNativeSupport() {
    }
}
